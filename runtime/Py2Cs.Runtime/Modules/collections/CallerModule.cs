using System;
using System.IO;

namespace Py2Cs.Runtime.Modules.collections
{
    /// <summary>
    /// The name of the module whose Python code called a native function — what collections.py reads as
    /// <c>sys._getframe(1).f_globals['__name__']</c> to set a namedtuple's <c>__module__</c>. The caller's
    /// frame gives its source file; the module is the one in sys.modules whose <c>__file__</c> is that file
    /// (<c>__main__</c> first, so a script that is also importable under its own name reads as CPython's).
    /// </summary>
    internal static class CallerModule
    {
        static readonly PyStr FileName = PyStr.Intern("__file__");

        public static string Name()
        {
            var stack = TracebackPrinter.CurrentStack();
            if (stack.Count == 0) return "__main__";
            string callerFile = FullPath(stack[stack.Count - 1].File);
            if (callerFile == null) return "__main__";
            string found = null;
            foreach (var key in Ops.Enumerate(Importer.Modules))
            {
                if (!(Importer.Modules.GetItem(key) is PyModule module)) continue;
                PyObject file = module.Dict.GetStr("__file__");
                if (!(file is PyStr path) || FullPath(path.ToString()) != callerFile) continue;
                string name = key.ToString();
                if (name == "__main__") return name;
                found ??= name;
            }
            return found ?? "__main__";
        }

        static string FullPath(string path)
        {
            try { return Path.GetFullPath(path); }
            catch (Exception) { return null; }
        }
    }
}
