namespace Py2Cs.Runtime;

/// <summary>The StringIO module: StringIO.StringIO([buf]), str and unicode content as StringIO.py keeps it.</summary>
[PythonModule("StringIO")]
public static class StringIO
{
    [PythonName("StringIO")]
    public static readonly PyObject StringIO_ = PyType.Builtin("StringIO", () => PyType.ObjectType, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("StringIO"));
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("StringIO", args, kw, 0, 1, "buf");
            return new MemoryFile(type, a[0], allowUnicode: true, writable: true);
        };
        MemoryFile.DefineMethods(t, writable: true);
        MemoryFile.DefineStringIOAttributes(t);
    });
}
