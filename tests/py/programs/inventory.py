# inventory management: records in dicts, grouping, sorting, report formatting
records = [
    ("widget", "tools", 12, 2.50),
    ("gadget", "tools", 3, 10.00),
    ("apple", "food", 50, 0.40),
    ("bread", "food", 0, 2.25),
    ("hammer", "tools", 7, 15.75),
    ("tea", "food", 20, 4.10),
]
inventory = {}
for name, cat, qty, price in records:
    inventory[name] = {"cat": cat, "qty": qty, "price": price}

def value(item):
    return item["qty"] * item["price"]

by_cat = {}
for name in inventory:
    by_cat.setdefault(inventory[name]["cat"], []).append(name)

for cat in sorted(by_cat):
    names = sorted(by_cat[cat], key=lambda n: -value(inventory[n]))
    total = sum(value(inventory[n]) for n in names)
    print(f"{cat}: {len(names)} items, total {total:.2f}")
    for n in names:
        it = inventory[n]
        print(f"  {n:<8}{it['qty']:>4} x {it['price']:>6.2f} = {value(it):>7.2f}")

out_of_stock = [n for n in inventory if inventory[n]["qty"] == 0]
print("out of stock:", out_of_stock)

def restock(name, amount):
    if name not in inventory:
        raise KeyError(name)
    inventory[name]["qty"] += amount
    return inventory[name]["qty"]

for name, amt in [("bread", 10), ("caviar", 1), ("tea", -5)]:
    try:
        print(name, "now", restock(name, amt))
    except KeyError as e:
        print("unknown item", e)
cheap = {n for n in inventory if inventory[n]["price"] < 3}
print(sorted(cheap))
print("%-10s|%5s" % ("name", "qty"))
for n in sorted(inventory, key=lambda n: (inventory[n]["cat"], n)):
    print("%-10s|%5d" % (n, inventory[n]["qty"]))
