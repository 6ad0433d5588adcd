using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Py2Cs.Build.Tasks
{
    /// <summary>
    /// The task's output folder. A file is rewritten only when its text changes, so an unchanged
    /// module keeps its timestamp and does not by itself make CoreCompile run; a .cs the current run
    /// did not produce belongs to a module since removed or renamed and is deleted.
    /// </summary>
    public sealed class GeneratedSourceFolder
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false);
        private readonly string directory;
        private readonly List<string> written = new List<string>();

        public GeneratedSourceFolder(string directory)
        {
            this.directory = directory;
            Directory.CreateDirectory(directory);
        }

        /// <summary>Full paths of the files of this run, in the order written.</summary>
        public IReadOnlyList<string> Written => written;

        public void Write(string fileName, string text)
        {
            var path = Path.GetFullPath(Path.Combine(directory, fileName));
            if (!File.Exists(path) || File.ReadAllText(path, Utf8NoBom) != text)
                File.WriteAllText(path, text, Utf8NoBom);
            written.Add(path);
        }

        public IReadOnlyList<string> DeleteOthers()
        {
            var keep = new HashSet<string>(written, StringComparer.Ordinal);
            var deleted = new List<string>();
            foreach (var file in Directory.EnumerateFiles(directory, "*.cs").Select(Path.GetFullPath).ToList())
            {
                if (keep.Contains(file)) continue;
                File.Delete(file);
                deleted.Add(file);
            }
            return deleted;
        }
    }
}
