namespace Py2Cs.Runtime;

/// <summary>time.struct_time: a 9-tuple with tm_* attribute names.</summary>
public sealed class StructTimeObject : PyTuple
{
    static readonly string[] Names = { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst" };

    public static readonly PyType TypeObject = PyType.Builtin("struct_time", () => PyTuple.TypeObject, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("time"));
        t.Dict.SetStr("n_sequence_fields", PyInt.From(9));
        t.Dict.SetStr("n_fields", PyInt.From(9));
        t.Dict.SetStr("n_unnamed_fields", PyInt.From(0));
        for (int i = 0; i < Names.Length; i++)
        {
            int index = i;
            t.DefProperty(Names[i], s => ((StructTimeObject)s)[index]);
        }
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("struct_time", args, kw, 1, 2, "sequence", "dict");
            var items = new System.Collections.Generic.List<PyObject>(Ops.Enumerate(a[0]));
            if (items.Count != 9) throw Ops.TypeError($"time.struct_time() takes a 9-sequence ({items.Count}-sequence given)");
            return new StructTimeObject(items.ToArray());
        };
        t.DefMethod("__repr__", s => ((StructTimeObject)s).Repr());
        t.DefMethod("__reduce__", s => PyTuple.Create(TypeObjectRef(), PyTuple.Create(PyTuple.Create(((StructTimeObject)s).AsSpan().ToArray()))));
    });

    static PyObject TypeObjectRef() => TypeObject;

    public StructTimeObject(PyObject[] items) : base(items) { }

    internal static StructTimeObject From(in Tm tm) => new(new PyObject[]
    {
        PyInt.From(tm.tm_year + 1900L), PyInt.From(tm.tm_mon + 1), PyInt.From(tm.tm_mday), PyInt.From(tm.tm_hour),
        PyInt.From(tm.tm_min), PyInt.From(tm.tm_sec), PyInt.From((tm.tm_wday + 6) % 7), PyInt.From(tm.tm_yday + 1), PyInt.From(tm.tm_isdst),
    });

    public override PyType Type => TypeObject;
    public override string TypeName => "time.struct_time";

    public override void SetAttribute(PyStr name, PyObject value) =>
        throw (System.Array.IndexOf(Names, name.ToString()) >= 0 ? Ops.TypeError("readonly attribute") : Ops.AttributeError($"'time.struct_time' object has no attribute '{name}'"));

    public override PyStr Repr()
    {
        var sb = new System.Text.StringBuilder("time.struct_time(");
        for (int i = 0; i < Names.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Names[i]).Append('=').Append(Ops.Repr(this[i]).ToString());
        }
        return PyStr.FromString(sb.Append(')').ToString());
    }
}
