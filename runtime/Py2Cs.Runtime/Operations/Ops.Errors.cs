namespace Py2Cs.Runtime;

/// <summary>Factories for the runtime's own exceptions: <c>throw Ops.TypeError("...")</c>.</summary>
public static partial class Ops
{
    /// <summary>A PythonException carrying <c>type(message)</c>.</summary>
    public static PythonException Error(PyType type, string message) =>
        new PythonException(MakeBuiltinException(type, PyStr.FromString(message)));

    /// <summary>A PythonException carrying <c>type(*args)</c>.</summary>
    public static PythonException Error(PyType type, params PyObject[] args) =>
        new PythonException(MakeBuiltinException(type, args));

    static PyBaseException MakeBuiltinException(PyType type, params PyObject[] args)
    {
        var e = new PyBaseException(type);
        e.SetArgs(args, null, fromNew: false);
        return e;
    }

    public static PythonException TypeError(string m) => Error(PyExceptionTypes.TypeError, m);
    public static PythonException ValueError(string m) => Error(PyExceptionTypes.ValueError, m);
    public static PythonException IndexError(string m) => Error(PyExceptionTypes.IndexError, m);
    public static PythonException AttributeError(string m) => Error(PyExceptionTypes.AttributeError, m);
    public static PythonException NameError(string m) => Error(PyExceptionTypes.NameError, m);
    public static PythonException UnboundLocalError(string m) => Error(PyExceptionTypes.UnboundLocalError, m);
    public static PythonException ZeroDivisionError(string m) => Error(PyExceptionTypes.ZeroDivisionError, m);
    public static PythonException OverflowError(string m) => Error(PyExceptionTypes.OverflowError, m);
    public static PythonException RuntimeError(string m) => Error(PyExceptionTypes.RuntimeError, m);
    public static PythonException NotImplementedError(string m) => Error(PyExceptionTypes.NotImplementedError, m);
    public static PythonException AssertionError(string m) => Error(PyExceptionTypes.AssertionError, m);
    public static PythonException ImportError(string m) => Error(PyExceptionTypes.ImportError, m);
    public static PythonException IOError(string m) => Error(PyExceptionTypes.IOError, m);
    public static PythonException EOFError(string m) => Error(PyExceptionTypes.EOFError, m);
    public static PythonException SystemError(string m) => Error(PyExceptionTypes.SystemError, m);
    public static PythonException StopIteration() => Error(PyExceptionTypes.StopIteration);

    /// <summary>KeyError(key): str() shows the repr of the key.</summary>
    public static PythonException KeyError(PyObject key) => Error(PyExceptionTypes.KeyError, key);
    public static PythonException KeyError(string message) => Error(PyExceptionTypes.KeyError, PyStr.FromString(message));

    /// <summary>IOError/OSError(errno, strerror[, filename]).</summary>
    public static PythonException EnvironmentError(PyType type, int errno, string strerror, PyObject filename = null) =>
        filename == null
            ? Error(type, PyInt.From(errno), PyStr.FromString(strerror))
            : Error(type, PyInt.From(errno), PyStr.FromString(strerror), filename);

    /// <summary>NameError for a global or builtin that is not defined.</summary>
    public static PythonException NameNotDefined(string name) => NameError($"global name '{name}' is not defined");

    /// <summary>UnboundLocalError for a local read before assignment.</summary>
    public static PythonException LocalNotAssigned(string name) =>
        UnboundLocalError($"local variable '{name}' referenced before assignment");
}
