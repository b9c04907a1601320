# time: gmtime/localtime as struct_time, mktime, strftime and asctime on fixed instants
import time
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g.tm_isdst, g[0], g[-1], len(g), g[:3], tuple(g))
print(isinstance(g, tuple), type(g).__name__, g == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
for s in (1700000000, -1.5, 951782400, 10**10, -10**10, 1234567890.9, 4102444800):
    print(s, time.gmtime(s))
y, mo, d, h, mi, sec, wd, yd, dst = time.gmtime(86400 * 365)
print(y, mo, d, wd, yd)
for t in (0, 1700000000, 1000000000, 1234567890):
    lt = time.localtime(t)
    print(type(lt).__name__, len(lt), time.mktime(lt) == t)
print(type(time.localtime()).__name__, type(time.gmtime()).__name__, time.gmtime(None).tm_year > 2000)
st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(st, st.tm_yday)
fmt = '%Y-%m-%d %H:%M:%S %a %A %b %B %p %I %j %w %y %U %W %c %x %X %% %e %D %T %R %G %V %u %C %h'
for s in (1700000000, 0, 951782400, 1104537600, 1230681600, 1262217600):
    print(time.strftime(fmt, time.gmtime(s)))
print(time.strftime('%Y', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%q %'), time.strftime('no directives', g))
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1700000000)))
print(time.strftime('%H:%M', st), type(time.strftime('%Y')).__name__)
for bad in ['time.mktime(5)', 'time.mktime((1, 2))', 'time.strftime(5)', 'time.strftime("%Y", (1, 2))',
            'time.struct_time((1, 2, 3))', 'time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))',
            'time.gmtime("x")', 'time.gmtime(float("nan"))', 'time.gmtime(1e20)', 'time.strftime("%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0))']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
