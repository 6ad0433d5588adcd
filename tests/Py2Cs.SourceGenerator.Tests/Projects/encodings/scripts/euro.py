# -*- coding: cp1252 -*-
# Windows-1252: the euro sign, typographic quotes and dashes are single bytes 0x80-0x9f.
PRICE = '€ 12 – “special”'
UPRICE = u'€ 12 – “special”'
