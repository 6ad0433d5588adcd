import euro, accents

if __name__ == '__main__':
    for value in (euro.PRICE, euro.UPRICE, accents.NAME, accents.UNAME):
        print repr(value), len(value), type(value).__name__
    print repr(euro.UPRICE.encode('utf-8')), repr(accents.NAME.decode('latin-1'))
