namespace Py2Cs.Runtime;

/// <summary>
/// tempfile._TemporaryFileWrapper: forwards attributes to the file, has .name, .file and .delete,
/// and unlinks the file on close (and at the end of a with block) when delete is true.
/// </summary>
public sealed class TemporaryFileWrapper : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("_TemporaryFileWrapper", () => PyType.ObjectType, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("tempfile"));
        t.DefMethod("close", s => { ((TemporaryFileWrapper)s).Close(); return PyNone.None; });
        t.DefMethod("__enter__", s => s);
        t.DefMethod("__exit__", 3, new[] { "exc", "value", "tb" }, (s, a) => { ((TemporaryFileWrapper)s).Close(); return PyBool.False; });
        t.DefMethod("__iter__", s => Ops.Iter(((TemporaryFileWrapper)s)._file));
    });

    readonly PyFile _file;
    readonly string _path;
    readonly bool _delete;
    bool _closed;

    public TemporaryFileWrapper(PyFile file, string path, bool delete)
    {
        _file = file;
        _path = path;
        _delete = delete;
    }

    public override PyType Type => TypeObject;

    // 2.7's wrapper is a classic class whose __getattr__ hands __repr__ to the file.
    public override PyStr Repr() => _file.Repr();

    public override PyObject GetAttributeOrNull(PyStr name)
    {
        switch (name.ToString())
        {
            case "name": return PyStr.FromString(_path);
            case "file": return _file;
            case "delete": return PyBool.From(_delete);
            case "close_called": return PyBool.From(_closed);
        }
        return PyType.GenericGetAttr(this, name) ?? _file.GetAttributeOrNull(name);
    }

    void Close()
    {
        if (_closed) return;
        _closed = true;
        _file.Close();
        if (_delete)
        {
            try { PosixCalls.Unlink(_path); }
            catch (OsFailure) { }
        }
    }
}
