using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime.Tests.Modules
{
    /// <summary>
    /// Reads tab-separated case files recorded from python2.7 by the generate_*.py scripts kept
    /// beside them (Modules/&lt;module&gt;/data).
    /// </summary>
    internal static class ModuleCases
    {
        static string ModulesFolder([CallerFilePath] string thisFile = "") =>
            Path.GetDirectoryName(Path.GetDirectoryName(thisFile));

        public static IEnumerable<string[]> Read(string module, string fileName)
        {
            foreach (string line in File.ReadLines(Path.Combine(ModulesFolder(), module, "data", fileName)))
            {
                if (line.Length == 0) continue;
                yield return line.Split('\t');
            }
        }

        /// <summary>A byte string (one char per byte) from hex digits.</summary>
        public static string FromHex(string hex)
        {
            var chars = new char[hex.Length / 2];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)System.Convert.ToByte(hex.Substring(2 * i, 2), 16);
            return new string(chars);
        }

        public static string ToHex(System.ReadOnlySpan<byte> bytes) => System.Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
