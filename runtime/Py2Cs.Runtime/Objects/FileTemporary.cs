using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// A file object the lowering proved is a temporary: the direct result of the builtin
/// <c>open</c>/<c>file</c> (or <c>io.open</c>, <c>codecs.open</c>) used once, as in
/// <c>open(p, 'w').write(s)</c>, <c>open(p).read()</c> or <c>for line in open(p):</c>. CPython closes
/// such a file the moment its reference count drops, right after that use, and programs rely on the
/// data being on disk by the next statement; the collector cannot promise that, so generated code
/// calls <see cref="Release"/> at that point instead (also when the use raises).
/// </summary>
public static class FileTemporary
{
    public static PyObject CallMethod(PyObject file, PyStr name)
    {
        PyObject result = null;
        try { return result = Ops.CallMethod(file, name); }
        finally { ReleaseUnlessReturned(file, result); }
    }

    public static PyObject CallMethod(PyObject file, PyStr name, PyObject a)
    {
        PyObject result = null;
        try { return result = Ops.CallMethod(file, name, a); }
        finally { ReleaseUnlessReturned(file, result); }
    }

    public static PyObject CallMethod(PyObject file, PyStr name, PyObject a, PyObject b)
    {
        PyObject result = null;
        try { return result = Ops.CallMethod(file, name, a, b); }
        finally { ReleaseUnlessReturned(file, result); }
    }

    public static PyObject CallMethod(PyObject file, PyStr name, PyObject[] args)
    {
        PyObject result = null;
        try { return result = Ops.CallMethod(file, name, args); }
        finally { ReleaseUnlessReturned(file, result); }
    }

    // f.__enter__() and f.__iter__() return the file itself: then it lives on, as in CPython.
    static void ReleaseUnlessReturned(PyObject file, PyObject result)
    {
        if (!ReferenceEquals(result, file)) Release(file);
    }

    /// <summary>
    /// Closes a dropped temporary file object as its CPython destructor would: a built-in file
    /// reports a failing close on stderr ("close failed in file object destructor:"), io objects
    /// ignore it. Anything else (a rebound <c>open</c> returned another object) is left alone.
    /// </summary>
    public static void Release(PyObject file)
    {
        switch (file)
        {
            case PyFile f when f.Type == PyFile.TypeObject:
                try { f.Close(); }
                catch (PythonException e)
                {
                    SysModule.Stderr?.Write(Encoding.Latin1.GetBytes("close failed in file object destructor:\n" + Ops.ExceptionLine(e.Value) + "\n"));
                }
                break;
            case IOObject:
                try { Ops.CallMethod(file, PyStr.Intern("close")); }
                catch (PythonException) { }
                break;
            default:
                if (file.Type == Modules.codecs.StreamReaderWriter.Type)
                {
                    try { Ops.CallMethod(file, PyStr.Intern("close")); }
                    catch (PythonException) { }
                }
                break;
        }
    }
}
