# uncaught TypeError calling None
handlers = {"a": print}
h = handlers.get("b")
h("hello")
