using System;
using System.IO;
using Py2Cs.Cli.Building;
using Xunit;

namespace Py2Cs.Cli.Tests
{
    public sealed class CompilationCacheTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "py2cs-cache-tests-" + Guid.NewGuid().ToString("N"));
        private readonly CompilationCache cache;
        private readonly string main;
        private readonly string module;

        public CompilationCacheTests()
        {
            Directory.CreateDirectory(folder);
            cache = new CompilationCache(Path.Combine(folder, "cache"));
            main = Path.Combine(folder, "main.py");
            module = Path.Combine(folder, "helper.py");
            File.WriteAllText(main, "import helper\n");
            File.WriteAllText(module, "X = 1\n");
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void A_stored_program_is_found_while_its_inputs_are_unchanged()
        {
            var entry = cache.EntryDirectory(main, new[] { folder });
            var stored = cache.Store(entry, new byte[] { 1, 2, 3 }, new[] { main, module });

            Assert.Equal(stored, cache.TryGet(entry));
            Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(stored));
        }

        [Fact]
        public void Changing_any_input_invalidates_the_entry()
        {
            var entry = cache.EntryDirectory(main, new[] { folder });
            cache.Store(entry, new byte[] { 1 }, new[] { main, module });

            File.WriteAllText(module, "X = 2\n");

            Assert.Null(cache.TryGet(entry));
        }

        [Fact]
        public void A_deleted_input_invalidates_the_entry()
        {
            var entry = cache.EntryDirectory(main, new[] { folder });
            cache.Store(entry, new byte[] { 1 }, new[] { main, module });

            File.Delete(module);

            Assert.Null(cache.TryGet(entry));
        }

        [Fact]
        public void The_search_path_is_part_of_the_key()
        {
            var plain = cache.EntryDirectory(main, new[] { folder });
            var withLib = cache.EntryDirectory(main, new[] { folder, Path.Combine(folder, "lib") });

            Assert.NotEqual(plain, withLib);
            Assert.Equal(plain, cache.EntryDirectory(main, new[] { folder }));
        }

        [Fact]
        public void An_empty_cache_has_nothing()
        {
            Assert.Null(cache.TryGet(cache.EntryDirectory(main, new[] { folder })));
        }
    }
}
