namespace Py2Cs.Runtime;

/// <summary>pwd: the Unix password database through libc (getpwnam_r, getpwuid_r, getpwent).</summary>
[PythonModule("pwd")]
public static class pwd
{
    static readonly string[] Fields = { "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell" };

    public static readonly PyObject struct_passwd = StructSequence.GetType("pwd.struct_passwd", Fields);
    public static readonly PyObject struct_pwent = struct_passwd;

    public static PyObject getpwuid(params PyObject[] args)
    {
        // PyArg_ParseTuple's wording ("exactly 1 argument"), not METH_O's.
        if (args.Length != 1) throw Ops.TypeError($"getpwuid() takes exactly 1 argument ({args.Length} given)");
        var uid = args[0];
        uint id;
        try { id = UserDatabase.ToId(uid, "user"); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.OverflowError)) { throw Ops.KeyError("getpwuid(): uid not found"); }
        return UserDatabase.PasswdByUid(id) ?? throw Ops.KeyError($"getpwuid(): uid not found: {id}");
    }

    public static PyObject getpwnam(params PyObject[] args)
    {
        if (args.Length != 1) throw Ops.TypeError($"getpwnam() takes exactly 1 argument ({args.Length} given)");
        var name = args[0];
        string n = name switch
        {
            PyStr s => s.ToString(),
            PyUnicode => PathArgument.Bytes(name),
            _ => throw Ops.TypeError($"getpwnam() argument 1 must be string, not {name.TypeName}"),
        };
        if (n.IndexOf('\0') >= 0) throw Ops.TypeError($"getpwnam() argument 1 must be string without null bytes, not str");
        return UserDatabase.PasswdByName(Libc.Path(n)) ?? throw Ops.KeyError($"getpwnam(): name not found: {n}");
    }

    public static PyObject getpwall() => UserDatabase.AllPasswd();

    internal static PyObject Entry(PyStr name, PyStr passwd, uint uid, uint gid, PyStr gecos, PyStr dir, PyStr shell) =>
        StructSequence.Create("pwd.struct_passwd", Fields, name, passwd, UserDatabase.Id(uid), UserDatabase.Id(gid), gecos, dir, shell);

    public static void __init__(PyModule m)
    {
        m["__doc__"] = PyStr.FromString(
            "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\n" +
            "Password database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\n" +
            "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\n" +
            "exception is raised if the entry asked for cannot be found.");
        ((PyType)struct_passwd).Dict.SetStr("__doc__", PyStr.FromString(
            "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n" +
            "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple."));
    }
}
