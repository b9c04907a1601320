# Attribute-heavy classes: many instance attributes read and written in loops, class attributes, inheritance
# with super(), properties, __slots__-free plain records, and getattr/setattr/hasattr by name.
import sys


class Vec:
    dims = 3

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z


class Particle:
    count = 0

    def __init__(self, ident, pos, vel):
        self.ident = ident
        self.pos = pos
        self.vel = vel
        self.mass = 1 + ident % 3
        self.alive = True
        self.hits = 0
        self.age = 0
        Particle.count += 1

    @property
    def energy(self):
        return self.mass * self.vel.dot(self.vel)

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.age += 1
        if self.pos.x > 1000 or self.pos.x < -1000:
            self.vel.x = -self.vel.x
            self.hits += 1


class Charged(Particle):
    def __init__(self, ident, pos, vel, charge):
        super().__init__(ident, pos, vel)
        self.charge = charge

    def step(self):
        super().step()
        if self.age % 10 == 0:
            self.vel.y += self.charge


class Record:
    pass


def main(steps):
    parts = []
    for i in range(100):
        pos = Vec(i * 3 - 150, i % 10, -i)
        vel = Vec(i % 7 - 3, (i * 5) % 11 - 5, 1)
        if i % 2:
            parts.append(Charged(i, pos, vel, i % 3 - 1))
        else:
            parts.append(Particle(i, pos, vel))
    for _ in range(steps):
        for p in parts:
            p.step()
    print("particles", Particle.count, sum(p.hits for p in parts), sum(p.energy for p in parts))
    print("positions", sum(p.pos.x + p.pos.y + p.pos.z for p in parts))

    names = ["f%d" % i for i in range(20)]
    records = []
    for i in range(steps * 2):
        r = Record()
        for k, name in enumerate(names):
            setattr(r, name, i + k)
        records.append(r)
    total = 0
    for r in records:
        total += r.f0 + r.f7 + r.f19 + getattr(r, names[total % 20])
        if hasattr(r, "missing"):
            total += 1
        r.f3 = r.f4 * 2
    print("records", total, records[-1].f3, Vec.dims, len(vars(records[0])))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8000)
