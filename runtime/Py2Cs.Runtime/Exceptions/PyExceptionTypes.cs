namespace Py2Cs.Runtime;

/// <summary>The built-in exception classes of Python 2.7, in CPython's hierarchy.</summary>
public static class PyExceptionTypes
{
    static PyType Make(string name, PyType baseType) => PyBaseException.DefineType(name, baseType);

    public static readonly PyType BaseException = PyBaseException.DefineType("BaseException", null);
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType StopIteration = Make("StopIteration", Exception);
    public static readonly PyType StandardError = Make("StandardError", Exception);
    public static readonly PyType BufferError = Make("BufferError", StandardError);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", StandardError);
    public static readonly PyType FloatingPointError = Make("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Make("AssertionError", StandardError);
    public static readonly PyType AttributeError = Make("AttributeError", StandardError);
    public static readonly PyType EnvironmentError = Make("EnvironmentError", StandardError);
    public static readonly PyType IOError = Make("IOError", EnvironmentError);
    public static readonly PyType OSError = Make("OSError", EnvironmentError);
    public static readonly PyType EOFError = Make("EOFError", StandardError);
    public static readonly PyType ImportError = Make("ImportError", StandardError);
    public static readonly PyType LookupError = Make("LookupError", StandardError);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType MemoryError = Make("MemoryError", StandardError);
    public static readonly PyType NameError = Make("NameError", StandardError);
    public static readonly PyType UnboundLocalError = Make("UnboundLocalError", NameError);
    public static readonly PyType ReferenceError = Make("ReferenceError", StandardError);
    public static readonly PyType RuntimeError = Make("RuntimeError", StandardError);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType SyntaxError = Make("SyntaxError", StandardError);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TabError = Make("TabError", IndentationError);
    public static readonly PyType SystemError = Make("SystemError", StandardError);
    public static readonly PyType TypeError = Make("TypeError", StandardError);
    public static readonly PyType ValueError = Make("ValueError", StandardError);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Make("SyntaxWarning", Warning);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);
    public static readonly PyType FutureWarning = Make("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Make("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = Make("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = Make("BytesWarning", Warning);

    /// <summary>All of them, for the builtins module.</summary>
    public static PyType[] All => new[]
    {
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StandardError,
        BufferError, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
        AttributeError, EnvironmentError, IOError, OSError, EOFError, ImportError, LookupError, IndexError,
        KeyError, MemoryError, NameError, UnboundLocalError, ReferenceError, RuntimeError, NotImplementedError,
        SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
        UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, DeprecationWarning,
        PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, UserWarning, FutureWarning, ImportWarning,
        UnicodeWarning, BytesWarning,
    };
}
