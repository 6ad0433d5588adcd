using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Py2Cs.Conformance.Tests
{
    /// <summary>One program of tests/conformance/AREA/NAME.py with the behaviour CPython 2.7 showed.</summary>
    public sealed class ConformanceCase
    {
        private ConformanceCase(string area, string name, string sourcePath)
        {
            Area = area;
            Name = name;
            SourcePath = sourcePath;
        }

        public string Area { get; }
        public string Name { get; }

        /// <summary>"area/name", the id used in known-failures.txt and in test names.</summary>
        public string Id => Area + "/" + Name;

        public string SourcePath { get; }

        public byte[] ExpectedStdout => File.ReadAllBytes(Path.ChangeExtension(SourcePath, ".stdout"));

        /// <summary>NAME.exitcode when present, else 0.</summary>
        public int ExpectedExitCode
        {
            get
            {
                var path = Path.ChangeExtension(SourcePath, ".exitcode");
                return File.Exists(path) ? int.Parse(File.ReadAllText(path).Trim()) : 0;
            }
        }

        /// <summary>Every case of the shared corpus, then the project's extra cases (areas prefixed "extra/").</summary>
        public static IReadOnlyList<ConformanceCase> All()
        {
            var extra = RepositoryLayout.ExtraConformanceCorpus;
            return In(RepositoryLayout.ConformanceCorpus, "")
                .Concat(Directory.Exists(extra) ? In(extra, "extra/") : new ConformanceCase[0])
                .ToList();
        }

        /// <summary>The cases of one corpus folder (AREA/NAME.py), ordered by area then name.</summary>
        public static IReadOnlyList<ConformanceCase> In(string corpusDirectory, string areaPrefix)
        {
            return Directory.EnumerateDirectories(corpusDirectory)
                .SelectMany(area => Directory.EnumerateFiles(area, "*.py")
                    .Select(py => new ConformanceCase(areaPrefix + Path.GetFileName(area), Path.GetFileNameWithoutExtension(py), py)))
                .OrderBy(c => c.Area, StringComparer.Ordinal)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .ToList();
        }
    }
}
