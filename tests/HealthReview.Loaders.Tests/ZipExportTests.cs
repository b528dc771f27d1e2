using System.IO.Compression;
using System.Text;
using HealthReview.Core.Inputs;
using HealthReview.Loaders.Tests.Support;

namespace HealthReview.Loaders.Tests;

/// <summary>A retrieve .zip is read in memory, safely: unsafe entry paths, bombs and broken archives are refused.</summary>
public class ZipExportTests
{
    private const string Mdapi = "samples/acme-org-mdapi";

    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public void A_retrieve_zip_read_directly_gives_the_same_apps_and_inventory_as_the_unzipped_folder()
    {
        var zip = ZipOfFolder(RepositoryRoot.Combine(Mdapi), "retrieve.zip");

        var fromZip = Load.Paths(zip);
        var fromFolder = Load.Repository(Mdapi);

        fromZip.Apps.Should().HaveCount(7);
        SnapshotText.OfApps(fromZip).Should().Be(SnapshotText.OfApps(fromFolder));
        fromZip.Inputs.Select(i => (i.Path, i.Sha256, i.Status)).Should().Equal(fromFolder.Inputs.Select(i => (i.Path, i.Sha256, i.Status)));
        fromZip.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Zip_entries_are_prefixed_with_the_zip_name_when_several_paths_are_scanned()
    {
        var zip = ZipOfFolder(RepositoryRoot.Combine(Mdapi), "retrieve.zip");

        var snapshot = Load.Paths(zip, RepositoryRoot.Combine("tests/fixtures/real/carestone-sf-salesforce"));

        snapshot.Eca("Acme_Data_Sync").Files.Should().OnlyContain(f => f.StartsWith("retrieve.zip/unpackaged/", StringComparison.Ordinal));
        snapshot.Ca("Postman").Files.Should().Equal("carestone-sf-salesforce/force-app/main/default/connectedApps/Postman.connectedApp-meta.xml");
    }

    [TestCase("../Escape.connectedApp")]
    [TestCase("unpackaged/../../Escape.connectedApp")]
    [TestCase("/etc/Escape.connectedApp")]
    [TestCase("C:/Windows/Escape.connectedApp")]
    [TestCase("..\\Escape.connectedApp")]
    public void A_zip_entry_that_climbs_out_or_is_absolute_is_refused_with_an_error_and_never_read(string entryName)
    {
        var zip = temp.Combine("hostile.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            AddEntry(archive, entryName, Encoding.UTF8.GetBytes(ConnectedAppXml("Escape")));
            AddEntry(archive, "unpackaged/connectedApps/Fine.connectedApp", Encoding.UTF8.GetBytes(ConnectedAppXml("Fine")));
        }

        var snapshot = Load.Paths(zip);

        var refused = snapshot.Inputs.Should().ContainSingle(i => i.Path.Contains("Escape", StringComparison.Ordinal)).Subject;
        refused.Status.Should().Be(InputStatus.Error);
        refused.Message.Should().Contain("refused");
        refused.Sha256.Should().BeNull("a refused entry is never read");
        snapshot.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error && d.Location.Path == refused.Path);
        snapshot.Apps.Select(a => a.Name).Should().Equal("Fine");
        File.Exists(Path.Combine(Path.GetDirectoryName(temp.Path)!, "Escape.connectedApp")).Should().BeFalse("nothing is unpacked to disk");
    }

    [TestCase("unpackaged/connectedApps/Twice.connectedApp", "unpackaged/connectedApps/Twice.connectedApp")]
    [TestCase("unpackaged/connectedApps/Twice.connectedApp", "unpackaged\\connectedApps\\Twice.connectedApp")]
    public void An_entry_name_that_occurs_twice_in_a_zip_is_an_error_and_neither_copy_is_used(string first, string second)
    {
        var zip = temp.Combine("twice.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            AddEntry(archive, first, Encoding.UTF8.GetBytes(ConnectedAppXml("First")));
            AddEntry(archive, second, Encoding.UTF8.GetBytes(ConnectedAppXml("Second")));
            AddEntry(archive, "unpackaged/connectedApps/Fine.connectedApp", Encoding.UTF8.GetBytes(ConnectedAppXml("Fine")));
        }

        var snapshot = Load.Paths(zip);

        var twice = snapshot.Input("Twice.connectedApp");
        twice.Status.Should().Be(InputStatus.Error);
        twice.Message.Should().Contain("2 times");
        snapshot.Apps.Select(a => a.Name).Should().Equal("Fine");
    }

    [Test]
    public void A_zip_bomb_entry_over_the_file_size_limit_is_refused_without_stopping_the_other_entries()
    {
        var zip = temp.Combine("bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            AddEntry(archive, "unpackaged/connectedApps/Bomb.connectedApp", new byte[50 * 1024 * 1024]);
            AddEntry(archive, "unpackaged/connectedApps/Fine.connectedApp", Encoding.UTF8.GetBytes(ConnectedAppXml("Fine")));
        }

        new FileInfo(zip).Length.Should().BeLessThan(1024 * 1024, "50 MB of zeros compress to almost nothing");

        var snapshot = Load.Paths(zip);

        var bomb = snapshot.Input("Bomb.connectedApp");
        bomb.Status.Should().Be(InputStatus.Error);
        bomb.Message.Should().Contain("50.0 MB").And.Contain("10 MB limit");
        bomb.Sha256.Should().BeNull();
        snapshot.Apps.Select(a => a.Name).Should().Equal("Fine");
    }

    [Test]
    public void A_highly_compressed_entry_is_refused_as_a_bomb_even_when_the_file_size_limit_allows_it()
    {
        var zip = temp.Combine("bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            AddEntry(archive, "unpackaged/connectedApps/Bomb.connectedApp", new byte[20 * 1024 * 1024]);
        }

        var snapshot = Load.Paths(new LoaderOptions { MaxFileBytes = 100L * 1024 * 1024 }, zip);

        var bomb = snapshot.Input("Bomb.connectedApp");
        bomb.Status.Should().Be(InputStatus.Error);
        bomb.Message.Should().Contain("zip bomb");
    }

    [Test]
    public void An_entry_whose_header_understates_its_size_never_yields_more_than_the_header_or_the_limit()
    {
        // 3 MB of zeros, then every size field patched to claim 100 bytes: the ratio check and the size check both
        // believe the header, so only the bounded read stands between the lie and memory.
        var zip = temp.Combine("liar.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            AddEntry(archive, "unpackaged/connectedApps/Liar.connectedApp", new byte[3 * 1024 * 1024]);
            AddEntry(archive, "unpackaged/connectedApps/Fine.connectedApp", Encoding.UTF8.GetBytes(ConnectedAppXml("Fine")));
        }

        PatchUncompressedSize(zip, "unpackaged/connectedApps/Liar.connectedApp", 100);
        using (var check = ZipFile.OpenRead(zip))
        {
            check.GetEntry("unpackaged/connectedApps/Liar.connectedApp")!.Length.Should().Be(100, "the patched header now lies");
        }

        var snapshot = Load.Paths(new LoaderOptions { MaxFileBytes = 1024 * 1024 }, zip);

        var liar = snapshot.Input("Liar.connectedApp");
        liar.Status.Should().Be(InputStatus.Error);
        liar.SizeBytes.Should().BeLessThanOrEqualTo(100, "the decompressor stops at the size the header declares");
        snapshot.Apps.Select(a => a.Name).Should().Equal("Fine");
    }

    [Test]
    public void Random_bytes_named_zip_give_one_clear_error_and_the_other_paths_are_still_scanned()
    {
        var bytes = new byte[4096];
        new Random(20260101).NextBytes(bytes);
        var zip = temp.WriteBytes("garbage.zip", bytes);

        var snapshot = Load.Paths(zip, RepositoryRoot.Combine("samples/acme-org"));

        snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().ContainSingle()
            .Which.Should().Match<InputDiagnostic>(d => d.Location.Path == "garbage.zip" && d.Message.StartsWith("not a readable zip archive", StringComparison.Ordinal));
        snapshot.Apps.Should().HaveCount(7);
        snapshot.HasInputErrors.Should().BeTrue();
    }

    [Test]
    public void A_truncated_zip_gives_one_clear_error_and_the_other_paths_are_still_scanned()
    {
        var whole = File.ReadAllBytes(ZipOfFolder(RepositoryRoot.Combine(Mdapi), "whole.zip"));
        var zip = temp.WriteBytes("truncated.zip", whole[..(whole.Length / 2)]);

        var snapshot = Load.Paths(zip, RepositoryRoot.Combine("tests/fixtures/real/carestone-sf-salesforce"));

        snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().ContainSingle()
            .Which.Location.Path.Should().Be("truncated.zip");
        snapshot.Ca("Postman").Definition.Should().NotBeNull();
    }

    [Test]
    public void A_zip_inside_a_scanned_folder_is_listed_as_ignored_and_not_opened()
    {
        temp.CopyFrom(RepositoryRoot.Combine("tests/fixtures/real/carestone-sf-salesforce"), "project");
        var inner = ZipOfFolder(RepositoryRoot.Combine(Mdapi), "inner.zip");
        var target = temp.Combine("project/backup/retrieve.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(inner, target);

        var snapshot = Load.Paths(temp.Combine("project"));

        var nested = snapshot.Input("backup/retrieve.zip");
        nested.Status.Should().Be(InputStatus.Ignored);
        nested.Message.Should().Contain("zip inside a scanned folder");
        snapshot.Apps.Select(a => a.Name).Should().Equal("Postman");
    }

    [Test]
    public void A_zip_with_more_entries_than_allowed_is_not_read()
    {
        var zip = ZipOfFolder(RepositoryRoot.Combine(Mdapi), "retrieve.zip");

        var snapshot = Load.Paths(new LoaderOptions { MaxArchiveEntries = 5 }, zip);

        snapshot.Apps.Should().BeEmpty();
        snapshot.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("more than the limit of 5");
    }

    [Test]
    public void A_zip_that_unpacks_to_more_than_the_archive_limit_stops_reading_with_an_error()
    {
        var zip = ZipOfFolder(RepositoryRoot.Combine(Mdapi), "retrieve.zip");

        var snapshot = Load.Paths(new LoaderOptions { MaxArchiveBytes = 4096 }, zip);

        snapshot.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("reading stopped", StringComparison.Ordinal));
        snapshot.Apps.Should().HaveCountLessThan(7);
    }

    private static void AddEntry(ZipArchive archive, string name, byte[] content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize);
        using var stream = entry.Open();
        stream.Write(content);
    }

    /// <summary>Rewrites the uncompressed-size field of one entry in both its local header and the central directory.</summary>
    private static void PatchUncompressedSize(string zip, string entryName, uint size)
    {
        var bytes = File.ReadAllBytes(zip);
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), size);
                patched++;
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), size);
                patched++;
            }
        }

        patched.Should().Be(2, "the entry has one local header and one central directory record");
        File.WriteAllBytes(zip, bytes);
    }

    private static string ConnectedAppXml(string label) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
            <contactEmail>ops@acme.example</contactEmail>
            <label>{label}</label>
        </ConnectedApp>

        """;

    private string ZipOfFolder(string folder, string zipName)
    {
        var zip = temp.Combine(zipName);
        ZipFile.CreateFromDirectory(folder, zip);
        return zip;
    }
}
