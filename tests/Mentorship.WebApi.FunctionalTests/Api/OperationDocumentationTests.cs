using System.Text.Json.Nodes;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>
/// Every operation of the served contract tells its reader what it does (summary) and when and why to call it
/// (description): the XML doc comments of the endpoint methods reach the contract.
/// </summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class OperationDocumentationTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Test]
    public async Task Every_operation_has_a_summary_and_a_description()
    {
        var operations = await ServedOperationsAsync();

        operations.Should().NotBeEmpty();
        operations.Where(o => string.IsNullOrWhiteSpace((string?)o.Operation["summary"])).Select(o => o.Name)
            .Should().BeEmpty("every operation needs a one-line summary (the <summary> of its endpoint method)");
        operations.Where(o => string.IsNullOrWhiteSpace((string?)o.Operation["description"])).Select(o => o.Name)
            .Should().BeEmpty("every operation needs a description (the <remarks> of its endpoint method)");
    }

    [Test]
    public async Task A_summary_is_one_line()
    {
        var operations = await ServedOperationsAsync();

        operations.Where(o => ((string?)o.Operation["summary"])?.Contains('\n', StringComparison.Ordinal) == true).Select(o => o.Name)
            .Should().BeEmpty("a summary is one line; the details go to the description (<remarks>)");
    }

    /// <summary>The operations of the contract the running API serves, named "GET /api/v1/…".</summary>
    private async Task<List<(string Name, JsonNode Operation)>> ServedOperationsAsync()
    {
        AsAnonymous();
        var contract = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        return contract["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(method => Methods.Contains(method.Key))
                .Select(method => (Name: $"{method.Key.ToUpperInvariant()} {path.Key}", Operation: method.Value!)))
            .ToList();
    }
}
