using FluentValidation;
using Mentorship.Application.Common.Models;
using Mentorship.Domain.Auditing;

namespace Mentorship.Application.Auditing.Queries.GetAuditLog;

public sealed class GetAuditLogValidator : AbstractValidator<GetAuditLogQuery>
{
    public GetAuditLogValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Action).IsInEnum();
        RuleFor(q => q.Actor).MaximumLength(AuditEntry.ActorMaxLength);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null);
    }
}
