using System;

namespace Py2Cs.Runtime;

/// <summary>
/// The .NET exception that carries a raised Python exception. Generated code throws it for
/// <c>raise</c> and catches it for <c>except</c> (<c>catch (PythonException e) when (e.Matches(T))</c>).
/// The value is normally a <see cref="PyBaseException"/>; Python 2 also allows classic-class instances.
/// </summary>
public sealed class PythonException : Exception
{
    /// <summary>The exception instance (<c>sys.exc_info()[1]</c>).</summary>
    public PyObject Value { get; }

    /// <summary>An explicit traceback given to the three-argument raise, if any.</summary>
    public PyObject Traceback { get; set; }

    public PythonException(PyObject value) : base(null)
    {
        Value = value;
        if (value is PyBaseException b) b.Exception = this;
    }

    /// <summary>For each bare <c>raise</c> of this exception, the number of .NET frames its stack trace had
    /// then: the frames after that point start at the re-raising frame, which CPython's traceback does
    /// not repeat (a re-raise adds no entry for the frame doing it).</summary>
    public System.Collections.Generic.List<int> ReraisedAt { get; private set; }

    /// <summary>Called just before a bare <c>raise</c> re-throws it (<see cref="Ops.Reraise"/>).</summary>
    public void MarkReraised()
    {
        int count = new System.Diagnostics.StackTrace(this, false).FrameCount;
        lock (this) (ReraisedAt ??= new System.Collections.Generic.List<int>()).Add(count);
    }

    /// <summary>The exception's class (<c>sys.exc_info()[0]</c>).</summary>
    public PyType PythonType => Value.Type;

    public override string Message => Ops.ExceptionLine(Value);

    /// <summary>True when the exception is an instance of <paramref name="type"/> (a class or a tuple of
    /// classes, as in an <c>except</c> clause).</summary>
    public bool Matches(PyObject type) => Ops.ExceptionMatches(Value, type);

    /// <summary>True when the exception is an instance of the given built-in exception type.</summary>
    public bool Is(PyType type) => Value.Type.IsSubtypeOf(type);
}
