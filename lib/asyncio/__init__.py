"""asyncio: an event loop, futures, tasks, synchronisation primitives and queues with CPython 3.11's names and
scheduling order, plus MicroPython's sleep_ms and ThreadSafeFlag. One module, kept small for microcontrollers."""
import sys
from time import monotonic as _monotonic, sleep as _sleep
from heapq import heappush as _heappush, heappop as _heappop, heapify as _heapify

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError
_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'
_running_loop = None
_event_loop = None
_event_loop_set = False   # set_event_loop() was called (then get_event_loop() no longer creates a loop)
_task_count = 0


def _short_repr(obj):
    # reprlib.repr's limit for strings, which Future reprs use
    r = repr(obj)
    return r[:13] + '...' + r[-14:] if isinstance(obj, str) and len(r) > 30 else r


def _cb_repr(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    return name + '()' if name else repr(cb)


# --- the event loop ---------------------------------------------------------------------------------------------

class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_cb_repr(self._callback))
        return '<' + ' '.join(info) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _cb_repr(self._callback),
                'exception': exc, 'handle': self})


class TimerHandle(Handle):
    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled and self._scheduled:
            self._loop._timer_cancelled_count += 1
        super().cancel()


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._tasks = []            # tasks not yet done, in creation order
        self._exception_handler = None
        self._debug = False
        self._io = {}               # (fd, POLLIN or POLLOUT) -> Handle of add_reader/add_writer

    def __repr__(self):
        return f'<{type(self).__name__} running={self._running} closed={self._closed} debug={self._debug}>'

    def time(self):
        return _monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        _heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._io.clear()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        # One iteration as CPython's: wait for the earliest timer (or not at all when callbacks are ready), move
        # due timers to the ready queue, then run exactly the callbacks that were ready at that point.
        sched = self._scheduled
        if self._timer_cancelled_count > 100 and self._timer_cancelled_count * 2 > len(sched):
            sched[:] = [h for h in sched if not h._cancelled]
            _heapify(sched)
            self._timer_cancelled_count = 0
        while sched and sched[0]._cancelled:
            self._timer_cancelled_count -= 1
            _heappop(sched)._scheduled = False
        timeout = 0
        if not self._ready and not self._stopping:
            timeout = max(0, min(sched[0]._when - self.time(), 86400.0)) if sched else None
        if self._io:
            self._poll_io(timeout)
        elif timeout != 0:
            self._idle(timeout)
        end = self.time() + 1e-9
        ready = self._ready
        while sched and sched[0]._when < end:
            timer = _heappop(sched)
            timer._scheduled = False
            ready.append(timer)
        self._ready = []
        i = 0
        try:
            for handle in ready:
                i += 1
                if not handle._cancelled:
                    handle._run()
        finally:
            if i < len(ready):
                self._ready = ready[i:] + self._ready

    def _poll_io(self, timeout):
        # Level-triggered, as CPython's selector loop: a reader's callback runs in every iteration its fd is ready.
        from _select import _poll
        masks = {}
        for fd, event in self._io:
            masks[fd] = masks.get(fd, 0) | event
        ms = -1 if timeout is None else int(timeout * 1000) + (timeout * 1000 % 1 > 0)
        for fd, revents in _poll(list(masks.items()), ms):
            for event in (1, 4):
                handle = self._io.get((fd, event))
                if handle is not None and revents & (event | 0x38):   # errors and hang-ups wake both
                    self._ready.append(handle)

    def _add_io(self, fd, event, callback, args):
        self._check_closed()
        from select import _fileno
        old = self._io.get((_fileno(fd), event))
        if old is not None:
            old.cancel()
        self._io[(_fileno(fd), event)] = Handle(callback, args, self)

    def _remove_io(self, fd, event):
        from select import _fileno
        handle = self._io.pop((_fileno(fd), event), None)
        if handle is None:
            return False
        handle.cancel()
        return True

    def add_reader(self, fd, callback, *args):
        self._add_io(fd, 1, callback, args)

    def remove_reader(self, fd):
        return self._remove_io(fd, 1)

    def add_writer(self, fd, callback, *args):
        self._add_io(fd, 4, callback, args)

    def remove_writer(self, fd):
        return self._remove_io(fd, 4)

    def _idle(self, timeout):
        # Nothing to do until `timeout` seconds from now (None: forever, as a loop waiting on no I/O does).
        while timeout is None:
            _sleep(3600)
        _sleep(timeout)

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(lines), file=sys.stderr)
        exc = context.get('exception')
        if exc is not None:
            sys.print_exception(exc, sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


class SelectorEventLoop(BaseEventLoop):
    pass


EventLoop = SelectorEventLoop


def _run_until_complete_cb(fut):
    fut.get_loop().stop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        if _event_loop_set:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        _event_loop = SelectorEventLoop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop, _event_loop_set
    _event_loop = loop
    _event_loop_set = True


def new_event_loop():
    return SelectorEventLoop()


# --- futures and tasks ------------------------------------------------------------------------------------------

class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def _repr_info(self):
        info = [type(self).__name__, self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append('result=' + _short_repr(self._result))
        if self._callbacks:
            info.append('cb=[' + ', '.join(_cb_repr(cb) for cb in self._callbacks) + ']')
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        # The CancelledError that ended a task is handed on once, then fresh ones (CPython's C Future does this).
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        return CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None and not isinstance(obj, type)


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _Sleep0:
    # A bare yield: the task gives up the processor for one loop iteration (CPython's __sleep0).
    def __await__(self):
        yield


_sleep0 = _Sleep0()


class Task(Future):
    _must_cancel = False
    _fut_waiter = None
    _num_cancels_requested = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_count
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        _task_count += 1
        self._name = f'Task-{_task_count}' if name is None else str(name)
        self._coro = coro
        self._loop.call_soon(self.__step)
        self._loop._tasks.append(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[1] = 'cancelling'
        info.insert(2, f'name={self._name!r}')
        name = getattr(self._coro, '__qualname__', None) or type(self._coro).__name__
        info.insert(3, f"coro=<{name}() {'done' if self.done() else 'running'}>")
        if self._fut_waiter is not None:
            info.insert(4, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self, how, value):
        try:
            self._loop._tasks.remove(self)
        except ValueError:
            pass
        how(self, value)

    def __step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        loop._current_task, outer = self, loop._current_task
        try:
            result = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                self._finish(Future.cancel, self._cancel_message)
            else:
                self._finish(Future.set_result, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            self._finish(Future.cancel, None)
        except (KeyboardInterrupt, SystemExit) as error:
            self._finish(Future.set_exception, error)
            raise
        except BaseException as error:
            self._finish(Future.set_exception, error)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if result.get_loop() is not loop:
                    loop.call_soon(self.__step, RuntimeError(
                        f'Task {self!r} got Future {result!r} attached to a different loop'))
                elif not blocking:
                    loop.call_soon(self.__step, RuntimeError(
                        f'yield was used instead of yield from in task {self!r} with {result!r}'))
                elif result is self:
                    loop.call_soon(self.__step, RuntimeError(f'Task cannot await on itself: {self!r}'))
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.task_wakeup)
                    self._fut_waiter = result
                    if self._must_cancel and result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                loop.call_soon(self.__step)
            else:
                loop.call_soon(self.__step, RuntimeError(f'Task got bad yield: {result!r}'))
        finally:
            loop._current_task = outer

    def task_wakeup(self, future):
        # The step runs outside the except clause, so that the coroutine's exceptions get no stray __context__.
        error = None
        try:
            future.result()
        except BaseException as exc:
            error = exc
        self.__step(error)


def iscoroutine(obj):
    return type(obj) is _CoroutineType


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80) or getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


async def _coro():
    pass


_c = _coro()
_CoroutineType = type(_c)
_c.close()
del _c, _coro


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if not hasattr(coro_or_future, '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    set_event_loop(loop)
    if debug is not None:
        loop.set_debug(debug)
    try:
        return loop.run_until_complete(loop.create_task(main))
    finally:
        try:
            left = [t for t in loop._tasks if not t.done()]
            if left:
                for t in left:
                    t.cancel()
                loop.run_until_complete(gather(*left, return_exceptions=True))
                for t in left:
                    if not t.cancelled() and t.exception() is not None:
                        loop.call_exception_handler({
                            'message': 'unhandled exception during asyncio.run() shutdown',
                            'exception': t.exception(), 'task': t})
        finally:
            set_event_loop(None)
            loop.close()


# --- sleeping, waiting and gathering ----------------------------------------------------------------------------

async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def sleep_ms(ms, result=None):
    return sleep(ms / 1000, result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    nfinished = 0
    outer = None

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == len(arg_to_fut):
            results = []
            for child in children:
                if child.cancelled():
                    res = CancelledError('' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    loop = None
    for arg in coros_or_futures:
        fut = arg_to_fut.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            loop = fut.get_loop()
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def _cancel_and_wait(fut):
    waiter = fut.get_loop().create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# Rarely needed parts live in submodules, imported on first use (a board pays only for what a program touches).
_LAZY = {'Lock': 'locks', 'Event': 'locks', 'Condition': 'locks', 'Semaphore': 'locks',
         'BoundedSemaphore': 'locks', 'ThreadSafeFlag': 'locks', 'Queue': 'queues', 'PriorityQueue': 'queues',
         'LifoQueue': 'queues', 'QueueEmpty': 'queues', 'QueueFull': 'queues', 'Timeout': 'timeouts',
         'timeout': 'timeouts', 'timeout_at': 'timeouts', 'TaskGroup': 'taskgroups'}


def __getattr__(name):
    sub = _LAZY.get(name)
    if sub is None:
        raise AttributeError(f"module 'asyncio' has no attribute '{name}'")
    __import__('asyncio.' + sub)
    value = getattr(sys.modules['asyncio.' + sub], name)
    globals()[name] = value
    return value
