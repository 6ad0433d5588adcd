using System.Runtime.CompilerServices;
using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>Tracebacks come from the .NET stack mapped through #line directives, as for generated code.</summary>
public class TracebackTests
{
    // The shape lowering emits: #line to the .py file, [PythonFunction] naming each Python body.
#line 3 "demo_traceback.py"
    [PythonFunction("inner"), MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject Inner(PyObject x) => throw Ops.MakeRaise(PyExceptionTypes.ValueError, PyStr.FromString("bad value"));

#line 7 "demo_traceback.py"
    [PythonFunction("<module>"), MethodImpl(MethodImplOptions.NoInlining)]
    static void ModuleBody()
    {
        Inner(PyInt.From(1));
    }
#line default

    // The compiler resolves the #line path against this source file's folder.
    static string Where => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ThisFile()), "demo_traceback.py");
    static string ThisFile([CallerFilePath] string path = null) => path;

    [Fact]
    public void FramesAreOutermostFirstWithPythonNamesAndLines()
    {
        var e = Assert.Throws<PythonException>(() => ModuleBody());
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            "  File \"" + Where + "\", line 10, in <module>\n" +
            "  File \"" + Where + "\", line 4, in inner\n" +
            "ValueError: bad value\n",
            TracebackPrinter.Format(e));
    }
}
