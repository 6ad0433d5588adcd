using System;

namespace Py2Cs.Runtime;

/// <summary>The <c>raise</c> statement, <c>except</c> matching and <c>sys.exc_info()</c>.</summary>
public static partial class Ops
{
    /// <summary>True when <paramref name="value"/> is an instance of the class (or tuple of classes) in an
    /// except clause.</summary>
    public static bool ExceptionMatches(PyObject value, PyObject type)
    {
        if (type is PyType t) return value.Type.IsSubtypeOf(t);
        if (type is PyTuple tup)
        {
            foreach (var x in tup.AsSpan()) if (ExceptionMatches(value, x)) return true;
            return false;
        }
        // Python 2 allowed string exceptions; comparing by identity keeps them harmless.
        return ReferenceEquals(value, type);
    }

    /// <summary><c>raise type_or_instance[, value[, traceback]]</c>: builds the exception to throw, with
    /// CPython 2.7's normalisation (a class is instantiated with the value, a tuple value becomes the
    /// arguments, an instance with a non-None value is an error).</summary>
    public static PythonException MakeRaise(PyObject type, PyObject value = null, PyObject traceback = null)
    {
        if (value is PyNone) value = null;
        while (type is PyTuple tt && tt.Count > 0) type = tt[0];
        PyObject instance;
        if (type is PyType cls && (cls.IsClassic || cls.IsSubtypeOf(PyExceptionTypes.BaseException)))
        {
            if (value != null && value.Type.IsSubtypeOf(cls)) instance = value;
            else if (value == null) instance = Call(cls);
            else if (value is PyTuple args) instance = Call(cls, args.AsSpan().ToArray());
            else instance = Call(cls, value);
        }
        else if (type is PyBaseException || (type is PyInstance pi && pi.IsClassic))
        {
            if (value != null) throw TypeError("instance exception may not have a separate value");
            instance = type;
        }
        else
            throw TypeError($"exceptions must be old-style classes or derived from BaseException, not {type.TypeName}");
        return new PythonException(instance) { Traceback = traceback is PyNone ? null : traceback };
    }

    /// <summary>Converts any .NET exception caught by generated code into the Python exception it
    /// represents (stack overflow, out of memory and .NET bugs surface as Python errors).</summary>
    public static PythonException ToPython(Exception e) => e switch
    {
        PythonException p => p,
        OutOfMemoryException => Error(PyExceptionTypes.MemoryError),
        InsufficientExecutionStackException => RuntimeError("maximum recursion depth exceeded"),
        DivideByZeroException => ZeroDivisionError("integer division or modulo by zero"),
        _ => SystemError(e.GetType().Name + ": " + e.Message),
    };

    [ThreadStatic] static PythonException _currentException;

    /// <summary>Records the exception being handled (<c>sys.exc_info()</c>); generated code calls this
    /// on entry to an except clause.</summary>
    public static void SetExcInfo(PythonException e) => _currentException = e;

    public static PythonException CurrentException => _currentException;

    /// <summary><c>sys.exc_clear()</c>.</summary>
    public static void ClearExcInfo() => _currentException = null;

    /// <summary><c>sys.exc_info()</c>.</summary>
    public static PyTuple ExcInfo()
    {
        var e = _currentException;
        if (e == null) return PyTuple.Create(PyNone.None, PyNone.None, PyNone.None);
        return PyTuple.Create(TypeOf(e.Value) == PyType.ClassicInstanceType ? e.Value.Type : e.Value.Type, e.Value,
            e.Traceback ?? new PyTraceback(e));
    }

    /// <summary>Bare <c>raise</c> outside the except block that caught the exception (e.g. in a helper
    /// function): re-raises <c>sys.exc_info()</c>, keeping its .NET stack. Inside the catch block
    /// lowering should use C#'s <c>throw;</c>. Usage: <c>throw Ops.Reraise();</c></summary>
    public static Exception Reraise()
    {
        var e = _currentException;
        if (e == null) return TypeError("exceptions must be old-style classes or derived from BaseException, not NoneType");
        e.MarkReraised();
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw();
        return e;
    }

    /// <summary><c>assert test, msg</c> when the test failed.</summary>
    public static PythonException AssertionFailed(PyObject message = null) =>
        message == null ? Error(PyExceptionTypes.AssertionError) : Error(PyExceptionTypes.AssertionError, message);
}
