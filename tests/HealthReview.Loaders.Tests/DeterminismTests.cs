using System.Security.Cryptography;
using HealthReview.Loaders.Tests.Support;

namespace HealthReview.Loaders.Tests;

/// <summary>The same export always gives the same snapshot, however many files are read at once.</summary>
public class DeterminismTests
{
    [TestCase("samples/acme-org")]
    [TestCase("samples/acme-org-mdapi")]
    [TestCase("tests/fixtures/bad")]
    [TestCase("tests/fixtures/real")]
    public void Loading_the_same_folder_one_file_at_a_time_or_four_at_a_time_gives_identical_snapshots(string folder)
    {
        var path = RepositoryRoot.Combine(folder);

        var serial = Load.Paths(new LoaderOptions { Parallelism = 1 }, path);
        var parallel = Load.Paths(new LoaderOptions { Parallelism = 4 }, path);
        var again = Load.Paths(new LoaderOptions { Parallelism = 4 }, path);

        parallel.Inputs.Should().Equal(serial.Inputs);
        again.Inputs.Should().Equal(serial.Inputs);
        parallel.Diagnostics.Should().Equal(serial.Diagnostics);
        parallel.SecretMarkers.Should().Equal(serial.SecretMarkers);
        parallel.UnknownElements.Should().Equal(serial.UnknownElements);
        SnapshotText.Of(parallel).Should().Be(SnapshotText.Of(serial));
        SnapshotText.Of(again).Should().Be(SnapshotText.Of(serial));
    }

    [Test]
    public void The_inventory_is_sorted_by_path_and_every_hash_is_the_sha256_of_the_file_as_found()
    {
        var root = RepositoryRoot.Combine("samples/acme-org");

        var snapshot = Load.Paths(root);

        snapshot.Inputs.Select(i => i.Path).Should().BeInAscendingOrder(StringComparer.Ordinal);
        snapshot.Inputs.Should().HaveCount(24);
        foreach (var input in snapshot.Inputs)
        {
            var bytes = File.ReadAllBytes(Path.Combine([root, .. input.Path.Split('/')]));
            input.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)), input.Path);
            input.SizeBytes.Should().Be(bytes.LongLength);
        }
    }

    [Test]
    public void The_inventory_is_in_ordinal_path_order_across_folders_whose_names_sort_around_the_slash()
    {
        // Files of one folder are ordered by name alone; folders named x, x-y, x.y, x0 and X must still interleave as
        // their whole paths do ('-' and '.' sort before '/', '0' after it, upper case before lower).
        using var temp = new TemporaryFolder();
        string[] folders = ["x", "x-y", "x.y", "x0", "X", "x/sub", "x/sub-b"];
        string[] names = ["B.connectedApp-meta.xml", "a.connectedApp-meta.xml", "a-b.connectedApp-meta.xml", "A.connectedApp-meta.xml", "a.b.connectedApp-meta.xml"];
        foreach (var folder in folders)
        {
            foreach (var name in names)
            {
                temp.Write($"export/{folder}/{name}", "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>L</label></ConnectedApp>");
            }
        }

        var expected = folders.SelectMany(folder => names.Select(name => $"{folder}/{name}")).Order(StringComparer.Ordinal).ToList();

        // The loader's own discovery (no stat per file), whose order the files are read in; the inventory checks it again.
        var discovered = Discovery.ExportDiscovery.Discover([temp.Combine("export")], new LoaderOptions(), sizeOnOpen: true);
        var snapshot = Load.Paths(temp.Combine("export"));

        discovered.Files.Select(file => file.DisplayPath).Should().Equal(expected);
        snapshot.Inputs.Select(i => i.Path).Should().Equal(expected);
    }

    [Test]
    public void Apps_are_sorted_by_name_then_kind_and_their_files_by_path()
    {
        var snapshot = Load.Repository("tests/fixtures/real");

        snapshot.Apps.Select(a => a.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
        var postmans = snapshot.Apps.Where(a => a.Name == "Postman").Select(a => a.Kind).ToList();
        postmans.Should().BeInAscendingOrder().And.HaveCount(2);
        snapshot.Apps.Should().OnlyContain(a => a.Files.SequenceEqual(a.Files.Order(StringComparer.Ordinal)));
    }

    [Test]
    public void Several_paths_are_prefixed_with_their_folder_names_in_the_order_given()
    {
        var snapshot = Load.Repository("tests/fixtures/real/carestone-sf-salesforce", "tests/fixtures/real/jxbambrick-Dreamforce-Advanced-CLI");

        snapshot.Inputs.Select(i => i.Path).Should().Equal(
            "carestone-sf-salesforce/force-app/main/default/connectedApps/Postman.connectedApp-meta.xml",
            "jxbambrick-Dreamforce-Advanced-CLI/force-app/main/default/connectedApps/GitHub_Actions.connectedApp-meta.xml");
        snapshot.ScannedPaths.Should().HaveCount(2);
    }

    [Test]
    public void Two_paths_with_the_same_folder_name_get_distinct_prefixes()
    {
        var snapshot = Load.Repository("tests/fixtures/bad/wrong-namespace/force-app", "tests/fixtures/bad/unknown-elements/force-app");

        snapshot.Inputs.Select(i => i.Path).Should().Equal(
            "force-app/main/default/connectedApps/Wrong_Namespace.connectedApp-meta.xml",
            "force-app~2/main/default/connectedApps/Unknown_Elements.connectedApp-meta.xml");
    }
}
