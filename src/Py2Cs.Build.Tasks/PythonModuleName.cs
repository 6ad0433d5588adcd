using System;
using System.IO;
using Microsoft.Build.Framework;

namespace Py2Cs.Build.Tasks
{
    /// <summary>
    /// The dotted module name of a <c>PythonSource</c> item. Explicit <c>ModuleName</c> metadata wins;
    /// otherwise the name follows the folders below the item's wildcard root, as Python's import path
    /// would see them: with <c>Include="scripts/**/*.py"</c>, <c>scripts/tool.py</c> is <c>tool</c>,
    /// <c>scripts/text/words.py</c> is <c>text.words</c> and <c>scripts/text/__init__.py</c> is the
    /// package <c>text</c>.
    /// </summary>
    public sealed class PythonModuleName
    {
        private PythonModuleName(string name, bool isPackageInit)
        {
            Name = name;
            IsPackageInit = isPackageInit;
        }

        public string Name { get; }

        /// <summary>True for a package's <c>__init__.py</c> (relative imports resolve inside it).</summary>
        public bool IsPackageInit { get; }

        public static PythonModuleName Of(ITaskItem source)
        {
            bool isInit = string.Equals(Path.GetFileName(source.ItemSpec), "__init__.py", StringComparison.Ordinal);
            string explicitName = source.GetMetadata("ModuleName");
            if (!string.IsNullOrWhiteSpace(explicitName))
                return new PythonModuleName(explicitName.Trim(), isInit);

            string folders = source.GetMetadata("RecursiveDir") ?? "";
            string dotted = folders.Replace('\\', '.').Replace('/', '.').Trim('.');
            if (isInit)
                return new PythonModuleName(dotted.Length == 0 ? "__init__" : dotted, true);
            string file = Path.GetFileNameWithoutExtension(source.ItemSpec);
            return new PythonModuleName(dotted.Length == 0 ? file : dotted + "." + file, false);
        }
    }
}
