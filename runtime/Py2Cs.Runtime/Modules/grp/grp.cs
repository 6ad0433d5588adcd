namespace Py2Cs.Runtime;

/// <summary>grp: the Unix group database through libc (getgrnam_r, getgrgid_r, getgrent).</summary>
[PythonModule("grp")]
public static class grp
{
    static readonly string[] Fields = { "gr_name", "gr_passwd", "gr_gid", "gr_mem" };

    public static readonly PyObject struct_group = StructSequence.GetType("grp.struct_group", Fields);

    public static PyObject getgrgid(PyObject id)
    {
        // 2.7's grp converts with int() first: getgrgid('0') and getgrgid(1.5) are accepted.
        var number = Ops.Call(PyInt.TypeObject, id);
        uint gid = UserDatabase.ToId(number, "group");
        return UserDatabase.GroupByGid(gid) ?? throw Ops.KeyError($"getgrgid(): gid not found: {gid}");
    }

    public static PyObject getgrnam(PyObject name)
    {
        // 2.7's grp takes str(name) and passes it as a C string: it ends at the first NUL.
        string n = name is PyUnicode ? PathArgument.Bytes(name) : Ops.Str(name).ToString();
        int nul = n.IndexOf('\0');
        if (nul >= 0) n = n.Substring(0, nul);
        return UserDatabase.GroupByName(Libc.Path(n)) ?? throw Ops.KeyError($"getgrnam(): name not found: {n}");
    }

    public static PyObject getgrall() => UserDatabase.AllGroups();

    internal static PyObject Entry(PyStr name, PyStr passwd, uint gid, PyList members) =>
        StructSequence.Create("grp.struct_group", Fields, name, passwd, UserDatabase.Id(gid), members);

    public static void __init__(PyModule m)
    {
        m["__doc__"] = PyStr.FromString(
            "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n" +
            "  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\n" +
            "The gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\n" +
            "according to the password database.  Check both databases to get\ncomplete membership information.)");
        ((PyType)struct_group).Dict.SetStr("__doc__", PyStr.FromString(
            "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n" +
            "  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple."));
    }
}
