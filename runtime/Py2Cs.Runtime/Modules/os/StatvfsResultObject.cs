namespace Py2Cs.Runtime;

/// <summary>posix.statvfs_result: a 10-tuple (f_bsize ... f_namemax) with the same names as attributes.</summary>
public sealed class StatvfsResultObject : PyTuple
{
    static readonly string[] Names = { "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax" };

    public static readonly PyType TypeObject = PyType.Builtin("statvfs_result", () => PyTuple.TypeObject, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("posix"));
        t.Dict.SetStr("n_sequence_fields", PyInt.From(10));
        t.Dict.SetStr("n_fields", PyInt.From(10));
        for (int i = 0; i < Names.Length; i++)
        {
            int index = i;
            t.DefProperty(Names[i], s => ((StatvfsResultObject)s)[index]);
        }
        t.DefMethod("__repr__", s => ((StatvfsResultObject)s).Repr());
    });

    internal StatvfsResultObject(PyObject[] fields) : base(fields) { }

    public override PyType Type => TypeObject;
    public override string TypeName => "posix.statvfs_result";

    public override void SetAttribute(PyStr name, PyObject value) =>
        throw (name.ToString().StartsWith("f_") ? Ops.TypeError("readonly attribute") : Ops.AttributeError($"'posix.statvfs_result' object has no attribute '{name}'"));

    public override PyStr Repr()
    {
        var sb = new System.Text.StringBuilder("posix.statvfs_result(");
        for (int i = 0; i < Names.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Names[i]).Append('=').Append(Ops.Repr(this[i]).ToString());
        }
        return PyStr.FromString(sb.Append(')').ToString());
    }
}
