# random: errors with CPython's messages
import random
for t in ['random.seed([1])', 'random.randrange(0)', 'random.randrange(5, 2)', 'random.randrange(1, 10, 0)',
          'random.randrange(10, 1, 2)',
          'random.randrange(10, step=2)', 'random.choice([])', 'random.sample({1, 2}, 1)', 'random.sample([1, 2], 3)',
          'random.choices([1, 2], [1])', 'random.choices([1, 2], 2)', 'random.choices([1, 2], [1, 1], cum_weights=[1, 2])',
          'random.choices([1, 2], [0, 0])', 'random.getrandbits(-1)', 'random.sample([1, 2, 3], 2, counts=[1, 1])',
          'random.gammavariate(0, 1)', 'random.shuffle((1, 2))', 'random.sample(range(5), k=-1)',
          'random.choice("")', 'random.uniform("a", 1)', 'random.choices([1], [float("inf")])']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
