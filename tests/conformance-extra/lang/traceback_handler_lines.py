# Tracebacks name the line each frame was at: calls inside except, else and finally blocks,
# lambdas, generators, comprehensions, multi-line calls, with/__exit__, assert, while conditions,
# class bodies and bare re-raises (which keep the original line and add no entry of their own).
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


def show():
    print traceback.format_exc().replace(HERE, "")


def chain():
    tb = sys.exc_info()[2]
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def fail(x):
    return 1 / x


def in_handler():
    try:
        fail(0)
    except ZeroDivisionError:
        fail(0)


def in_finally():
    try:
        pass
    finally:
        fail(0)


def reraise():
    try:
        fail(0)
    except ZeroDivisionError:
        raise


def reraise_later():
    try:
        fail(0)
    except ZeroDivisionError:
        x = 1
        raise


def helper_raise():
    raise


def reraise_in_helper():
    try:
        fail(0)
    except ZeroDivisionError:
        helper_raise()


def unmatched():
    try:
        fail(0)
    except KeyError:
        print "no"


def raise_in_finally():
    try:
        fail(0)
    finally:
        raise ValueError("from finally")


def bad_except_type():
    try:
        fail(0)
    except undefined_name:
        pass


def handler_as():
    try:
        {}["k"]
    except KeyError as e:
        fail(0)


def second_handler():
    try:
        [][1]
    except KeyError:
        pass
    except IndexError:
        fail(0)


def in_else():
    try:
        pass
    except KeyError:
        pass
    else:
        fail(0)


def in_lambda():
    f = lambda: fail(0)
    return f()


def nested_lambda():
    f = lambda: (lambda y: fail(y))(0)
    return f()


def gen():
    yield 1
    fail(0)


def in_gen():
    for v in gen():
        pass


def in_genexpr():
    return list(fail(x) for x in [0])


def in_setcomp():
    return {fail(x) for x in [0]}


def in_dictcomp():
    return {x: fail(x) for x in [0]}


def in_listcomp():
    return [fail(x)
            for x in [0]]


def multi_line():
    return fail(
        0)


class Ctx(object):
    def __enter__(self):
        return self

    def __exit__(self, *a):
        fail(0)


def in_with():
    with Ctx():
        x = 1
        y = 2


def in_assert():
    assert fail(1) == 2, "no"


def in_while():
    while fail(0):
        pass


def class_body():
    class K:
        a = 1
        b = fail(0)


def print_items():
    print "a", fail(0)


for case in [in_handler, in_finally, reraise, reraise_later, reraise_in_helper, unmatched,
             raise_in_finally, bad_except_type, handler_as, second_handler, in_else,
             in_lambda, nested_lambda, in_gen, in_genexpr, in_setcomp, in_dictcomp,
             in_listcomp, multi_line, in_with, in_assert, in_while,
             class_body, print_items]:
    print "---", case.__name__
    try:
        case()
    except Exception:
        show()
        print chain()


def nested_finally():
    try:
        try:
            fail(0)
        finally:
            print "inner finally"
    except ZeroDivisionError:
        show()
nested_finally()


def caught_in_finally():
    try:
        pass
    finally:
        try:
            fail(0)
        except ZeroDivisionError:
            show()
            print chain()
caught_in_finally()
