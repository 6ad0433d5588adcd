// C# calling the Python modules of scripts/ through the generated facades (docs/interop.md).
// Every line goes to Python's sys.stdout, so lines printed by Python code interleave in order.
using System.Collections.Generic;
using Py2Cs.Generated;
using Py2Cs.Runtime;
using Py2Cs.Runtime.Interop;

public static class Caller
{
    static void Line(string text) => Py.Import("sys").GetAttr("stdout").InvokeMethod("write", text + "\n");

    public static void Run()
    {
        Line(greeting.greet("Ann").ToPythonRepr());
        Line(greeting.greet("Bob", "Goodbye").ToPythonRepr());
        greeting.SetGlobal("PUNCTUATION", "?");
        Line(greeting.greet("Zoë").ToPythonRepr());
        Line(greeting.GetGlobal("calls").ToPythonRepr());
        Line(greeting.shout("quiet").ToPythonRepr());
        Line(stats.mean(new List<int> { 1, 2, 3, 4 }).ToPythonRepr());
        Line(stats.histogram(new[] { "a", "b", "a", "c", "a" }).ToPythonRepr());
        Line(stats.describe(new[] { 2.5, 3.5 }).ToPythonRepr());
        Line(stats.check(21).ToPythonRepr());
        try
        {
            stats.check(-1);
        }
        catch (PythonException e)
        {
            Line(e.PythonType.Name + " " + e.Value.ToPythonString());
        }
        PyObject sq = shapes.square.Square(3);
        Line(sq.ToPythonRepr() + " " + sq.InvokeMethod("area").ToPythonRepr() + " " + sq.InvokeMethod("scaled", 2).InvokeMethod("area").ToPythonRepr());
        Line(shapes.unit().ToPythonRepr() + " " + shapes.GetGlobal("DEFAULT_SIDE").ToPythonRepr());
        Line(stats.histogram(new Dictionary<string, int> { ["x"] = 1 }.Keys).ToPythonRepr());
    }
}
