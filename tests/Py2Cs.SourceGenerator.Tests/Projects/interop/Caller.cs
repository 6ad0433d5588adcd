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
        Line(inventory.restock(item: "x", count: 3).ToPythonString());
        Line(inventory.restock("y").ToPythonString());
        Line(inventory.restock("x", rush: true, label: "fast").ToPythonString());
        Line(inventory.restock(item: "z", scale: 2.5, note: "n").ToPythonString());
        Line(inventory.restock("z", 2, "kept").ToPythonString());
        Line(inventory.discount(price: 100, floor: 80).ToPythonRepr() + " " + inventory.discount(10.0).ToPythonRepr() + " " + inventory.discount(8, rate: 0.5).ToPythonRepr());
        Line(inventory.tag("n", suffix: "!").ToPythonRepr() + " " + inventory.tag("n").ToPythonRepr() + " " + inventory.tag(prefix: "<", name: "n").ToPythonRepr());
        Line(inventory.Item(name: "bolt", unit: "box").ToPythonRepr() + " " + inventory.Item("nut", 5).ToPythonRepr());
        Line(inventory.MAX_STOCK + " " + inventory.STORE + " " + inventory.RATE.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + inventory.OPEN);
        inventory.SetGlobal("MAX_STOCK", 5);
        Line((inventory.MAX_STOCK * 2).ToString());
    }
}
