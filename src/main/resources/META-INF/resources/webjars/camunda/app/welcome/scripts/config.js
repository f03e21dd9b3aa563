// contractflow's Welcome (Camunda 7 web-app configuration; replaces the webjar's default file).
export default {
  // the header and the page title say the product's name
  app: {
    name: 'Welcome',
    vendor: 'contractflow'
  },
  // the Welcome page (the web apps' start page after sign-in) links the audit view
  links: [
    {
      label: 'Audit view',
      href: '/audit/',
      description: 'Every contract\'s whole life, read-only: processes on their diagrams, decisions, amounts with clause and terms version, notices and documents (auditors and admins)'
    }
  ]
};
