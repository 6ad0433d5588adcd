namespace Py2Cs.Runtime;

/// <summary>struct.Struct(format): a compiled layout with format, size, pack, unpack, pack_into, unpack_from.</summary>
public sealed class StructObject : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("Struct", () => PyType.ObjectType, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("struct"));
        t.Constructor = (type, args, kw) =>
        {
            if (args.Length > 1) throw Ops.TypeError($"Struct() takes at most 1 argument ({args.Length} given)");
            var a = ArgumentParser.Parse("Struct", args, kw, 1, 1, "format");
            return new StructObject(a[0]);
        };
        t.DefProperty("format", s => ((StructObject)s)._format);
        t.DefProperty("size", s => PyInt.From(((StructObject)s)._layout.Size));
        // pack and unpack use the layout compiled by the constructor, as _struct.c's Struct does.
        t.DefVarMethod("pack", (s, args) => PyStr.Wrap(@struct.Pack(((StructObject)s)._layout, args)));
        t.DefMethod("unpack", (s, data) => @struct.Unpack(((StructObject)s)._layout, data));
        t.DefMethod("unpack_from", 1, new[] { "buffer", "offset" }, (s, a) => @struct.unpack_from(((StructObject)s)._format, a[0], a[1]));
        t.DefVarMethod("pack_into", (s, args) =>
        {
            if (args.Length < 2) throw Ops.TypeError("pack_into expected buffer argument");
            @struct.pack_into(((StructObject)s)._format, args[0], args[1], args[2..]);
            return PyNone.None;
        });
    });

    readonly PyObject _format;
    readonly StructLayout _layout;

    public StructObject(PyObject format)
    {
        _layout = @struct.Layout(format);
        // A unicode format is kept as the str it encodes to, as _struct.c does.
        _format = format is PyUnicode u ? u.EncodeAscii() : format;
    }

    public override PyType Type => TypeObject;
}
