namespace Mentorship.Application.Auditing;

/// <summary>A request that reads personal data: the audit behaviour logs who read whose data after it succeeds.</summary>
public interface IPersonalDataRead
{
    /// <summary>The person whose data is read; null for a list.</summary>
    Guid? AuditedPersonId { get; }
}

/// <summary>
/// A response record that shows a person's data (name, birth date, contacts): whichever request returns it, the
/// audit behaviour finds it in the response and logs the read of each person it shows. Implemented explicitly, so
/// that it is neither serialised nor mapped.
/// </summary>
public interface IShowsPersonalData
{
    /// <summary>The persons whose data the record shows.</summary>
    IEnumerable<Guid> DataSubjects { get; }
}
