# printf-style % formatting: %s %d %r %5.2f %x and tuples
print("%s is %d years" % ("Bob", 42))
print("%r" % "quoted")
print("%5.2f|%-8s|%8s|" % (3.14159, "left", "right"))
print("%d%%" % 50)
print("%05d|%+d|%.1f" % (42, 7, 2.25))
print("%s" % [1, 2])
print("%s and %s" % (None, True))
