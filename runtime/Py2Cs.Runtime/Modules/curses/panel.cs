#pragma warning disable CS8981
namespace Py2Cs.Runtime;

/// <summary><c>curses.panel</c> of Python 2.7: re-exports <c>_curses_panel</c> (from _curses_panel import *).</summary>
[PythonModule("curses.panel")]
public static class cursesPanelModule
{
    public static readonly PyObject __doc__ = PyStr.FromString("curses.panel\n\nModule for using panels with curses.\n");

    public static void __init__(PyModule module)
    {
        var native = (PyModule)Importer.ImportModule("_curses_panel");
        int pos = 0;
        while (native.Dict.Next(ref pos, out var k, out var v))
            if (k is PyStr s && (s.Length == 0 || s[0] != (byte)'_')) module.Dict.SetItem(k, v);
    }
}
