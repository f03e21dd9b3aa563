// contractflow: the Welcome page (the web apps' start page after sign-in) links the audit view.
export default {
  links: [
    {
      label: 'Audit view',
      href: '/audit/',
      description: 'Every contract\'s whole life, read-only: processes on their diagrams, decisions, amounts with clause and terms version, notices and documents (auditors and admins)'
    }
  ]
};
