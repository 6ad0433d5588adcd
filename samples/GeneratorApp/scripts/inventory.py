# A small stock list, used from C# (Program.cs) through the py2cs runtime.
VERSION = "1.2"


class Item(object):
    def __init__(self, name, quantity, price):
        self.name = name
        self.quantity = quantity
        self.price = price

    def value(self):
        return self.quantity * self.price

    def __repr__(self):
        return "Item(%r, %d, %.2f)" % (self.name, self.quantity, self.price)


class Inventory(object):
    def __init__(self):
        self.items = {}

    def add(self, name, quantity, price):
        if quantity < 0:
            raise ValueError("negative quantity for %s: %d" % (name, quantity))
        item = self.items.get(name)
        if item is None:
            self.items[name] = Item(name, quantity, price)
        else:
            item.quantity += quantity
        return self.items[name]

    def total(self):
        return sum(item.value() for item in self.items.values())

    def report(self):
        lines = []
        for name in sorted(self.items):
            item = self.items[name]
            lines.append("%-8s %4d x %6.2f = %8.2f" % (name, item.quantity, item.price, item.value()))
        lines.append("total %.2f" % self.total())
        return lines


def parse_line(line):
    """'name,quantity,price' -> (name, quantity, price)"""
    name, quantity, price = [field.strip() for field in line.split(",")]
    return name, int(quantity), float(price)


def load(stock, rows):
    """Adds each 'name,quantity,price' row; returns how many rows there were."""
    for row in rows:
        stock.add(*parse_line(row))
    return len(rows)


def apply_discounts(stock, discounts):
    """discounts maps item names to a percentage off; returns the new total."""
    for name, percent in sorted(discounts.items()):
        item = stock.items[name]
        item.price = round(item.price * (100 - percent) / 100.0, 2)
    return stock.total()


def price_list(stock):
    return dict((name, item.price) for name, item in stock.items.items())
