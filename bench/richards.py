# Object-oriented code with method calls: a Richards-style operating-system task scheduler simulation
# (an idle task, two workers, two packet handlers and two devices exchanging packets through queues).
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """Base task: a scheduler entry with a priority, an input queue and three state flags."""

    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.packet_pending = queue is not None
        self.next = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (self.packet_pending or not self.waiting)

    def take_packet(self):
        """Returns the packet to work on (or None) and advances the input queue."""
        if not self.packet_pending:
            return None
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        self.waiting = False
        return packet

    def receive(self, packet, current):
        """A packet arrives for this task; returns the task that should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            self.waiting = False
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, count):
        Task.__init__(self, sched, ident, priority, queue)
        self.control = 1
        self.count = count
        self.waiting = False

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.owner = self.destination
        packet.count = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            if work.count < DATA_SIZE:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.count = work.data[work.count]
                    work.count += 1
                    return self.sched.send(device)
            else:
                self.work_queue = work.link
                return self.sched.send(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            packet = self.pending
            self.pending = None
            return self.sched.send(packet)
        self.pending = packet
        self.sched.output += packet.count
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.queue_count = 0
        self.output = 0

    def run(self):
        task = self.tasks
        while task is not None:
            if task.held or not task.runnable():
                task = task.next
                continue
            self.current = task
            packet = task.take_packet()
            task = task.step(packet)

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.table[packet.owner]
        self.queue_count += 1
        packet.link = None
        packet.owner = self.current.ident
        return target.receive(packet, self.current)


def build(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000, None)
    DeviceTask(s, DEVICE_B, 5000, None)
    return s


def main(rounds):
    totals = [0, 0, 0]
    for r in range(rounds):
        s = build(1000 + r)
        s.run()
        totals[0] += s.hold_count
        totals[1] += s.queue_count
        totals[2] += s.output
    print("holds", totals[0], "queued", totals[1], "output", totals[2])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
