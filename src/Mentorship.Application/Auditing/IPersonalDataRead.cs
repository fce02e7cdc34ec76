namespace Mentorship.Application.Auditing;

/// <summary>A request that reads personal data: the audit behaviour logs who read whose data after it succeeds.</summary>
public interface IPersonalDataRead
{
    /// <summary>The person whose data is read; null for a list.</summary>
    Guid? AuditedPersonId { get; }
}
