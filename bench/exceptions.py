# Exceptions in a loop: raising and catching custom exception classes, try/except/else/finally, re-raising,
# exception chaining, KeyError/IndexError/ValueError/ZeroDivisionError from builtins, and a with-statement.
import sys


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(detail)
        self.code = code


class RetryError(AppError):
    pass


class Guard:
    def __init__(self):
        self.entered = 0
        self.suppressed = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, RetryError):
            self.suppressed += 1
            return True
        return False


def risky(i):
    if i % 7 == 0:
        raise RetryError(i % 5, "retry")
    if i % 11 == 0:
        raise AppError(i % 3, "app")
    return i


def builtin_errors(i, table, items):
    try:
        return table["k%d" % (i % 13)]
    except KeyError:
        pass
    try:
        return items[i % 20]
    except IndexError:
        pass
    try:
        return int("x" if i % 2 else str(i)) // (i % 3)
    except ValueError:
        return -1
    except ZeroDivisionError:
        return -2


def main(n):
    caught = {"retry": 0, "app": 0, "ok": 0}
    codes = 0
    finals = 0
    guard = Guard()
    for i in range(n):
        try:
            risky(i)
        except RetryError as e:
            caught["retry"] += 1
            codes += e.code
        except AppError as e:
            caught["app"] += 1
            codes += e.code * 2
        else:
            caught["ok"] += 1
        finally:
            finals += 1
        with guard:
            if i % 3 == 0:
                raise RetryError(0, "inside with")
    print("caught", caught, "codes", codes, "finally", finals)
    print("guard", guard.entered, guard.suppressed)

    table = {"k%d" % k: k for k in range(0, 13, 2)}
    items = list(range(10))
    print("builtins", sum(builtin_errors(i, table, items) for i in range(n)))

    chained = 0
    for i in range(n // 4):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                raise AppError(1, "wrapped") from e
        except AppError as e:
            if isinstance(e.__cause__, ValueError):
                chained += e.__cause__.args[0] % 10
    print("chained", chained)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
