using System.IO;
using System.Text;
using Xunit.Sdk;

namespace Py2Cs.Lowering.Tests.Snapshots
{
    /// <summary>
    /// Verify-style snapshots in one folder: <c>NAME.verified.cs</c> is the accepted text; a run that
    /// produces something else writes <c>NAME.received.cs</c> beside it and fails with a unified diff.
    /// Accepting a change is renaming the received file over the verified one.
    /// </summary>
    public sealed class SnapshotStore
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false);

        public SnapshotStore(string directory)
        {
            Directory = directory;
        }

        public string Directory { get; }

        public string VerifiedPath(string name) => Path.Combine(Directory, name + ".verified.cs");

        public string ReceivedPath(string name) => Path.Combine(Directory, name + ".received.cs");

        public void Verify(string name, string actual)
        {
            actual = Normalize(actual);
            var verifiedPath = VerifiedPath(name);
            var receivedPath = ReceivedPath(name);
            if (File.Exists(verifiedPath))
            {
                var verified = Normalize(File.ReadAllText(verifiedPath));
                if (verified == actual)
                {
                    // A leftover from an earlier failing run would only confuse the next reader.
                    if (File.Exists(receivedPath))
                        File.Delete(receivedPath);
                    return;
                }
                WriteReceived(receivedPath, actual);
                throw new XunitException($"Snapshot {name} differs from {verifiedPath}.\n"
                    + $"If the new text is right, accept it: mv {receivedPath} {verifiedPath}\n"
                    + UnifiedDiff.Format(verified, actual, name + ".verified.cs", name + ".received.cs"));
            }
            WriteReceived(receivedPath, actual);
            throw new XunitException($"Snapshot {name} has no verified file {verifiedPath}.\n"
                + $"Review {receivedPath} and accept it: mv {receivedPath} {verifiedPath}");
        }

        // Line ends are normalized so a checkout with CRLF still matches.
        private static string Normalize(string text) => text.Replace("\r\n", "\n");

        private void WriteReceived(string path, string text)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, text, Utf8NoBom);
        }
    }
}
