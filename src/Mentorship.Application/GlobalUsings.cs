global using ValidationException = Mentorship.Application.Common.Exceptions.ValidationException;
