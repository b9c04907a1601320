# MicroPython's webrepl module: start() serves the board's REPL and file transfers over WebSocket (WebREPL).
import _webrepl


def start(port=8266, password=None, host="0.0.0.0"):
    if password is None:
        try:
            import webrepl_cfg
            password = webrepl_cfg.PASS
        except (ImportError, AttributeError):
            print("WebREPL is not configured, run 'import webrepl_setup'")
            return
    bound = _webrepl.start(host, port, password)
    print("WebREPL server started on http://%s:%d/" % (host, bound))
    print("Started webrepl in normal mode")


def stop():
    _webrepl.stop()
