using System.Collections.Concurrent;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>CPython's structseq: a tuple whose items are also named attributes
/// (<c>sys.version_info.major</c>, <c>os.stat_result.st_size</c>, <c>time.struct_time</c>).</summary>
public static class StructSequence
{
    static readonly ConcurrentDictionary<string, PyType> Types = new();

    /// <summary>The type named <paramref name="fullName"/> ("module.name") with the given fields.</summary>
    public static PyType GetType(string fullName, string[] fields)
    {
        return Types.GetOrAdd(fullName, name =>
        {
            int dot = name.LastIndexOf('.');
            var t = PyType.Builtin(dot < 0 ? name : name.Substring(dot + 1), () => PyTuple.TypeObject, type =>
            {
                for (int i = 0; i < fields.Length; i++)
                {
                    int index = i;
                    // structseq fields are READONLY members: assignment is a TypeError in CPython.
                    type.DefProperty(fields[i], o => ((PyTuple)o)[index], (o, v) => throw Ops.TypeError("readonly attribute"));
                }
                type.Define("n_fields", PyInt.From(fields.Length));
                type.Define("n_sequence_fields", PyInt.From(fields.Length));
                type.Define("__module__", PyStr.FromString(dot < 0 ? "__builtin__" : name.Substring(0, dot)));
                type.DefMethod("__repr__", o => Repr(name, fields, (PyTuple)o));
                // structseq_new: T(sequence[, dict]) with exactly n_fields items (pwd.struct_passwd(...)).
                type.Constructor = (self, args, kw) =>
                {
                    if (args.Length == 0) throw Ops.TypeError("Required argument 'sequence' (pos 1) not found");
                    var a = ArgumentParser.Parse(name.Substring(dot + 1), args, kw, 1, 2, "sequence", "dict");
                    System.Collections.Generic.List<PyObject> items;
                    try { items = new System.Collections.Generic.List<PyObject>(Ops.Enumerate(a[0])); }
                    catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError)) { throw Ops.TypeError("constructor requires a sequence"); }
                    if (items.Count != fields.Length)
                        throw Ops.TypeError($"{name}() takes a {fields.Length}-sequence ({items.Count}-sequence given)");
                    return new StructSequenceValue(Types[name], name, fields, items.ToArray());
                };
            });
            return t;
        });
    }

    public static PyTuple Create(string fullName, string[] fields, params PyObject[] values) =>
        new StructSequenceValue(GetType(fullName, fields), fullName, fields, values);

    internal static PyStr Repr(string name, string[] fields, PyTuple t)
    {
        var sb = new StringBuilder(name).Append('(');
        for (int i = 0; i < fields.Length && i < t.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(fields[i]).Append('=').Append(Ops.Repr(t[i]).ToString());
        }
        return PyStr.FromString(sb.Append(')').ToString());
    }
}

/// <summary>An instance of a struct sequence type.</summary>
public sealed class StructSequenceValue : PyTuple
{
    readonly PyType _type;
    readonly string _name;
    readonly string[] _fields;

    internal StructSequenceValue(PyType type, string name, string[] fields, PyObject[] values) : base(values)
    {
        _type = type;
        _name = name;
        _fields = fields;
    }

    public override PyType Type => _type;
    public override string TypeName => _name;
    public override PyStr Repr() => StructSequence.Repr(_name, _fields, this);
}
