# Keyword arguments and constants from C#: literal defaults become C# optional parameters and
# module constants typed properties (docs/interop.md).
MAX_STOCK = 100
STORE = 'main'
RATE = 0.5
OPEN = True

stock = {}


def restock(item, count=1, note=None, rush=False, scale=1.0, label='std'):
    stock[item] = stock.get(item, 0) + count
    return '%s +%d note=%r rush=%r scale=%r label=%s -> %d' % (item, count, note, rush, scale, label, stock[item])


def discount(price, rate=-0.25, floor=0):
    return max(price * (1 + rate), floor)


def tag(name, prefix=None, suffix=None):
    return '%s%s%s' % (prefix or '', name, suffix or '')


class Item(object):
    def __init__(self, name, qty=0, unit='pcs'):
        self.name = name
        self.qty = qty
        self.unit = unit

    def __repr__(self):
        return 'Item(%r, %r, %r)' % (self.name, self.qty, self.unit)
