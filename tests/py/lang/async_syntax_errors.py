# async/await compile-time errors
sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "class C:\n    await x",
    "lambda: await x",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno})")
