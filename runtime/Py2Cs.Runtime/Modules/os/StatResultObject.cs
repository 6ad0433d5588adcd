using System;

namespace Py2Cs.Runtime;

/// <summary>
/// posix.stat_result: a 10-tuple (mode, ino, dev, nlink, uid, gid, size, and the three times as
/// ints) with st_* attributes, where the times are floats and st_blksize/st_blocks/st_rdev extra.
/// </summary>
public sealed class StatResultObject : PyTuple
{
    public static readonly PyType TypeObject = PyType.Builtin("stat_result", () => PyTuple.TypeObject, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("posix"));
        t.Dict.SetStr("n_sequence_fields", PyInt.From(10));
        t.Dict.SetStr("n_fields", PyInt.From(16));
        foreach (var (name, index) in new[] { ("st_mode", 0), ("st_ino", 1), ("st_dev", 2), ("st_nlink", 3), ("st_uid", 4), ("st_gid", 5), ("st_size", 6) })
            t.DefProperty(name, s => ((StatResultObject)s)[index]);
        t.DefProperty("st_atime", s => new PyFloat(((StatResultObject)s)._stat.Atime));
        t.DefProperty("st_mtime", s => new PyFloat(((StatResultObject)s)._stat.Mtime));
        t.DefProperty("st_ctime", s => new PyFloat(((StatResultObject)s)._stat.Ctime));
        t.DefProperty("st_blksize", s => PyInt.From(((StatResultObject)s)._stat.BlockSize));
        t.DefProperty("st_blocks", s => PyInt.From(((StatResultObject)s)._stat.Blocks));
        t.DefProperty("st_rdev", s => Integer(((StatResultObject)s)._stat.Rdev));
        t.DefMethod("__repr__", s => ((StatResultObject)s).Repr());
    });

    readonly StatResult _stat;

    internal StatResultObject(StatResult st) : base(Fields(st)) { _stat = st; }

    public override PyType Type => TypeObject;
    public override string TypeName => "posix.stat_result";

    public override void SetAttribute(PyStr name, PyObject value) =>
        throw (name.ToString().StartsWith("st_") ? Ops.TypeError("readonly attribute") : Ops.AttributeError($"'posix.stat_result' object has no attribute '{name}'"));

    static PyObject[] Fields(StatResult st) => new PyObject[]
    {
        PyInt.From(st.Mode), Integer(st.Ino), Integer(st.Dev), Integer(st.Nlink), PyInt.From(st.Uid), PyInt.From(st.Gid),
        PyInt.From(st.Size), PyInt.From((long)Math.Floor(st.Atime)), PyInt.From((long)Math.Floor(st.Mtime)), PyInt.From((long)Math.Floor(st.Ctime)),
    };

    static PyObject Integer(ulong v) => v <= long.MaxValue ? PyInt.From((long)v) : new PyLong(v);

    public override PyStr Repr()
    {
        string[] names = { "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime" };
        var sb = new System.Text.StringBuilder("posix.stat_result(");
        for (int i = 0; i < names.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(names[i]).Append('=').Append(Ops.Repr(this[i]).ToString());
        }
        return PyStr.FromString(sb.Append(')').ToString());
    }
}
