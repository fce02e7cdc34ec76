using System.Text.Json.Serialization;

namespace Mentorship.Application.Reporting;

/// <summary>A change of one organisation's answer with a body: the route names the answer, the If-Match header its version.</summary>
public abstract record ReportingAnswerCommand
{
    [JsonIgnore]
    public Guid RequestId { get; init; }

    [JsonIgnore]
    public Guid OrganizationId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }
}
