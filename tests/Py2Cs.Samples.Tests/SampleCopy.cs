using System;
using System.IO;

namespace Py2Cs.Samples.Tests
{
    /// <summary>
    /// A copy of one sample folder in a temporary directory, with the samples' Directory.Build.props
    /// and .targets beside it, so its bin/ and obj/ never collide with another test run's or the
    /// checkout's, and a test may edit its files.
    /// </summary>
    public sealed class SampleCopy : IDisposable
    {
        public SampleCopy(string sample)
        {
            Root = Path.Combine(Path.GetTempPath(), "py2cs-samples-" + Guid.NewGuid().ToString("N"));
            Directory = Path.Combine(Root, sample);
            CopyFolder(Path.Combine(Repository.Samples, sample), Directory);
            foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets" })
                File.Copy(Path.Combine(Repository.Samples, file), Path.Combine(Root, file));
        }

        /// <summary>The temporary folder holding the copy and the Directory.Build files.</summary>
        public string Root { get; }

        /// <summary>The sample's own folder (its project file is here).</summary>
        public string Directory { get; }

        public string PathOf(string relative) => System.IO.Path.Combine(Directory, relative);

        private static void CopyFolder(string from, string to)
        {
            System.IO.Directory.CreateDirectory(to);
            foreach (var file in System.IO.Directory.GetFiles(from))
                File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
            foreach (var folder in System.IO.Directory.GetDirectories(from))
            {
                var name = System.IO.Path.GetFileName(folder);
                if (name == "bin" || name == "obj") continue;  // someone's local build of the sample
                CopyFolder(folder, System.IO.Path.Combine(to, name));
            }
        }

        public void Dispose()
        {
            try { System.IO.Directory.Delete(Root, recursive: true); } catch (IOException) { }
        }
    }
}
