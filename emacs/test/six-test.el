;;; six-test.el --- ERT tests of six.el against the real `six lsp'  -*- lexical-binding: t; -*-

;;; Commentary:

;; Run by emacs/test/run in `emacs --batch' (not -Q: Debian's eglot is
;; activated by site-start).  The environment says where things are:
;; SIX_EL_DIR (the directory of six.el), SIX_PROGRAM (the six launcher) and
;; SIX_TEST_CORPUS (a throwaway copy of corpus/, a git repository so that
;; eglot sees one project and starts one server for all of it).

;;; Code:

(require 'ert)
(require 'cl-lib)
(require 'eglot)
(require 'flymake)
(require 'xref)
(require 'bytecomp)

(defconst six-test--el-dir (file-name-as-directory (getenv "SIX_EL_DIR")))
(defconst six-test--corpus (file-name-as-directory (getenv "SIX_TEST_CORPUS")))

(add-to-list 'load-path six-test--el-dir)
(require 'six)

(setq six-program (getenv "SIX_PROGRAM"))
(setq eglot-sync-connect t)
(setq eglot-connect-timeout 60)
(setq eglot-autoreconnect nil)
;; Settings the server does not default to, so that its log shows they arrived.
(setq six-evaluation-roots '("site"))
(setq six-evaluation-time-limit 30)

(defun six-test--wait-for (predicate seconds)
  "Process output until PREDICATE returns non-nil or SECONDS pass; its value."
  (let ((deadline (+ (float-time) seconds))
        (value nil))
    (while (and (not (setq value (funcall predicate)))
                (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun six-test--open (relative)
  "Visit RELATIVE under the corpus copy, managed by the six server."
  (let ((buffer (find-file-noselect (expand-file-name relative six-test--corpus))))
    (with-current-buffer buffer
      (unless (eglot-managed-p)
        (call-interactively #'eglot))
      (should (eglot-managed-p)))
    buffer))

(defun six-test--goto (line regexp)
  "Put point on LINE (1-based) at the start of the first match of REGEXP."
  (goto-char (point-min))
  (forward-line (1- line))
  (should (re-search-forward regexp (line-end-position) t))
  (goto-char (match-beginning 0)))

(defun six-test--diagnostic (pattern)
  "Wait for a flymake diagnostic of this buffer whose text matches PATTERN."
  (six-test--wait-for
   (lambda ()
     (flymake-start)
     (cl-find-if (lambda (d) (string-match-p pattern (flymake-diagnostic-text d)))
                 (flymake-diagnostics)))
   60))

(defmacro six-test--with-nix (text &rest body)
  "Run BODY in a `six-nix-mode' buffer holding TEXT, fontified."
  (declare (indent 1))
  `(with-temp-buffer
     (insert ,text)
     (six-nix-mode)
     (font-lock-ensure)
     ,@body))

(defun six-test--face-at (needle &optional nth)
  "The face at the NTH (default 1st) occurrence of the string NEEDLE."
  (goto-char (point-min))
  (dotimes (_ (or nth 1))
    (should (search-forward needle nil t)))
  (let ((face (get-text-property (match-beginning 0) 'face)))
    (if (listp face) (car face) face)))

;;;; The package itself

(ert-deftest six-byte-compiles-without-warnings ()
  (let* ((dir (make-temp-file "six-el" t))
         (source (expand-file-name "six.el" dir))
         (byte-compile-error-on-warn t)
         (byte-compile-dest-file-function
          (lambda (file) (concat (file-name-sans-extension file) ".elc"))))
    (unwind-protect
        (progn
          (copy-file (expand-file-name "six.el" six-test--el-dir) source)
          (should (byte-compile-file source))
          (should (file-exists-p (concat (file-name-sans-extension source) ".elc"))))
      (delete-directory dir t))))

(ert-deftest six-nix-files-open-in-six-nix-mode-without-nix-mode ()
  (should-not (fboundp 'nix-mode))
  (with-current-buffer (find-file-noselect
                        (expand-file-name "lib/default.nix" six-test--corpus))
    (should (eq major-mode 'six-nix-mode))))

(ert-deftest six-nix-files-open-in-nix-mode-when-installed ()
  (let ((opened nil))
    (cl-letf (((symbol-function 'nix-mode) (lambda () (setq opened 'nix-mode))))
      (with-temp-buffer
        (six-nix-auto-mode)
        (should (eq opened 'nix-mode))))))

(ert-deftest six-server-is-registered-for-every-nix-mode ()
  (dolist (mode '(six-nix-mode nix-mode nix-ts-mode))
    (let ((contact (nth 2 (eglot--lookup-mode mode))))
      (should (eq contact #'six-eglot-contact))))
  (should (equal (seq-take (six-eglot-contact) 3)
                 (list six-program "lsp" :initializationOptions))))

(ert-deftest six-server-gets-nix-path-and-log-level ()
  (let ((six-nix-path '("nixpkgs=/somewhere" "/elsewhere"))
        (six-log-level "DEBUG"))
    (let ((contact (six-eglot-contact)))
      (should (equal (seq-take contact 5)
                     (list "env" "NIX_PATH=nixpkgs=/somewhere:/elsewhere" "SIX_LOG_LEVEL=DEBUG"
                           six-program "lsp")))
      (should (equal (plist-get (plist-get (cadr (memq :initializationOptions contact)) :six)
                                :nixPath)
                     ["nixpkgs=/somewhere" "/elsewhere"])))))

(ert-deftest six-nix-path-set-as-a-string-is-split ()
  (let ((six-nix-path "nixpkgs=/n:/m"))
    (should (equal (plist-get (six-settings) :nixPath) ["nixpkgs=/n" "/m"]))))

(ert-deftest six-settings-are-the-servers-section ()
  (let ((six-evaluation-roots '("site" "lib/default.nix"))
        (six-evaluation-enable nil)
        (six-evaluation-time-limit 3)
        (six-nix-path nil)
        (six-diagnostics-delay 400)
        (six-nixpkgs "/srv/nixpkgs"))
    (should (equal (json-encode (six-workspace-configuration))
                   (concat "{\"six\":{\"evaluation\":{\"roots\":[\"site\",\"lib/default.nix\"],"
                           "\"enable\":false,\"timeLimit\":3},\"nixPath\":[],"
                           "\"diagnostics\":{\"delay\":400},\"nixpkgs\":\"/srv/nixpkgs\"}}")))))

(ert-deftest six-missing-launcher-is-a-clear-error ()
  (let ((six-program "/nonexistent/six"))
    (should (string-match-p "six-program"
                            (cadr (should-error (six-eglot-contact) :type 'user-error))))))

;;;; Font-lock

(ert-deftest six-font-lock-keywords-constants-comments ()
  (six-test--with-nix "let x = true; # note\nin if x then null else import ./a.nix\n"
    (should (eq (six-test--face-at "let") 'font-lock-keyword-face))
    (should (eq (six-test--face-at "true") 'font-lock-constant-face))
    (should (memq (six-test--face-at "note") '(font-lock-comment-face)))
    (should (eq (six-test--face-at "if") 'font-lock-keyword-face))
    (should (eq (six-test--face-at "null") 'font-lock-constant-face))
    (should (eq (six-test--face-at "import") 'font-lock-builtin-face))
    (should (eq (six-test--face-at "x =") 'font-lock-variable-name-face))))

(ert-deftest six-font-lock-strings-and-interpolation ()
  (six-test--with-nix "{ a = \"x ${ f \"in\" } y\"; b = ''\n  p ${q} ''${no} r\n''; c = 1; }\n"
    (should (eq (six-test--face-at "x ") 'font-lock-string-face))
    (should (eq (six-test--face-at "${") 'six-nix-interpolation-face))
    (should (null (six-test--face-at "f ")))
    (should (eq (six-test--face-at "in\"") 'font-lock-string-face))
    (should (eq (six-test--face-at " y") 'font-lock-string-face))
    (should (eq (six-test--face-at "p ") 'font-lock-string-face))
    (should (eq (six-test--face-at "${q" 1) 'six-nix-interpolation-face))
    (should (null (six-test--face-at "q}")))
    ;; ''${ is an escaped ${: text, not an interpolation.
    (should (eq (six-test--face-at "no}") 'font-lock-string-face))
    (should (eq (six-test--face-at " r") 'font-lock-string-face))
    ;; After the indented string, code again.
    (should (eq (six-test--face-at "c =") 'font-lock-variable-name-face))
    (should (null (six-test--face-at "1;")))))

(ert-deftest six-font-lock-paths-uris-sugars ()
  (six-test--with-nix
      "{ p = ./svcs/by-name; h = <nixpkgs/lib>; u = https://example.org/x;\n  targets.sshd.__input.port.__assign = 22; }\n"
    (should (eq (six-test--face-at "./svcs") 'six-nix-path-face))
    (should (eq (six-test--face-at "<nixpkgs") 'six-nix-path-face))
    (should (eq (six-test--face-at "https") 'six-nix-uri-face))
    (should (eq (six-test--face-at "__input") 'six-nix-sugar-face))
    (should (eq (six-test--face-at "__assign") 'six-nix-sugar-face))))

(ert-deftest six-font-lock-escapes-do-not-end-strings ()
  (six-test--with-nix "{ a = \"q \\\" still\"; b = ''x ''' y''; c = 2; }\n"
    (should (eq (six-test--face-at "still") 'font-lock-string-face))
    (should (eq (six-test--face-at " y") 'font-lock-string-face))
    (should (eq (six-test--face-at "c =") 'font-lock-variable-name-face))))

(ert-deftest six-every-corpus-file-ends-balanced ()
  "Each corpus file ends outside strings and comments, with its brackets closed.
A scanner that loses track of a string kind or an interpolation fails here."
  (let ((files (directory-files-recursively six-test--corpus "\\.nix\\'"))
        (unbalanced nil))
    (should (> (length files) 100))
    (dolist (file files)
      (with-temp-buffer
        (insert-file-contents file)
        (six-nix-mode)
        (let ((state (syntax-ppss (point-max))))
          (unless (and (= (car state) 0) (not (nth 3 state)) (not (nth 4 state)))
            (push (file-relative-name file six-test--corpus) unbalanced)))))
    ;; Only the broken cases may leave something open (none of them does today).
    (should (equal (seq-remove (lambda (f) (string-prefix-p "broken" f)) unbalanced) nil))))

;;;; Indentation

(defconst six-test--indented
  "{ lib, six, targets
, port ? 53
}:
let
  fail = msg: throw \"x: ${msg}\";
  conf = {
    a = 1;
    b = [
      \"x\"
      \"y\"
    ];
  };
  long =
    lib.concatStrings [ ];
in
six.mkFunnel {
  run = [ \"a\" ];
  passthru = {
    inherit port;
  };
}
"
  "A sample in the corpus's style, indented as `six-nix-mode' indents it.")

(ert-deftest six-indentation-of-a-sample ()
  (with-temp-buffer
    (insert (replace-regexp-in-string "^[ \t]+" "" six-test--indented))
    (six-nix-mode)
    (indent-region (point-min) (point-max))
    (should (equal (buffer-string) six-test--indented))))

(ert-deftest six-indentation-leaves-indented-strings-alone ()
  (let ((text "{\n  s = ''\n      deep\n    text\n  '';\n}\n"))
    (with-temp-buffer
      (insert text)
      (six-nix-mode)
      (indent-region (point-min) (point-max))
      (should (equal (buffer-string) text)))))

;;;; Commands without a server

(ert-deftest six-build-host-of-a-host-file ()
  (with-current-buffer (find-file-noselect
                        (expand-file-name "site/hosts/server.nix" six-test--corpus))
    (should (equal (six--host-at-point) "server"))
    (should (equal (file-name-as-directory (six--site-root))
                   (expand-file-name "site/" six-test--corpus)))
    (should (string-match-p
             (concat "build .*site/? --host server\\'")
             (six-build-command "server")))))

(ert-deftest six-infusion-preview-renders-a-result ()
  (let ((buffer (six-infusion-preview-render
                 '(:root "server (default.nix)" :keys ["targets" "sshd" "__input" "port"]
                   :target "targets.sshd" :before "22" :after "2222"
                   :changes [(:target "targets.sshd" :path "port" :before "22" :after "2222")]
                   :serviceDirectory
                   (:name "sshd"
                    :before [(:path "run" :contents "#!/bin/sh\nexec sshd\n-p 22\n" :executable t)
                             (:path "type" :contents "longrun\n" :executable :json-false)
                             (:path "notification-fd" :contents "3\n" :executable :json-false)]
                    :after [(:path "run" :contents "#!/bin/sh\nexec sshd\n-p 2222\n" :executable t)
                            (:path "type" :contents "longrun\n" :executable :json-false)
                            (:path "down" :contents "" :executable :json-false)])))))
    (with-current-buffer buffer
      (let ((text (buffer-string)))
        (should (string-match-p "Target: targets.sshd" text))
        (should (string-match-p "Infusion: targets.sshd.__input.port" text))
        (should (string-match-p "Evaluated by: server (default.nix)" text))
        (should (string-match-p "Before\n22\n\nAfter\n2222\n" text))
        (should (string-match-p "targets.sshd.port: 22 → 2222" text))
        (should (string-match-p "s6-rc service directory sshd" text))
        (should (string-match-p "~ run (executable): changed\n  #!/bin/sh\n  exec sshd\n- -p 22\n\\+ -p 2222\n" text))
        (should (string-match-p "  type: unchanged" text))
        (should (string-match-p "\\+ down: added" text))
        (should (string-match-p "- notification-fd: removed\n- 3\n" text))))))

(ert-deftest six-line-diff-keeps-common-lines ()
  (should (equal (six-line-diff "a\nb\nc\n" "a\nx\nc\n")
                 '((?\s . "a") (?- . "b") (?+ . "x") (?\s . "c"))))
  (should (equal (six-line-diff "" "a\n") '((?+ . "a")))))

(defun six-test--wait-for-compilation (buffer)
  "Wait until the compilation in BUFFER ends; its text."
  (should (six-test--wait-for
           (lambda () (not (get-buffer-process buffer))) 120))
  (with-current-buffer buffer (buffer-string)))

(ert-deftest six-build-host-and-show-its-database ()
  (with-current-buffer (find-file-noselect
                        (expand-file-name "site/hosts/server.nix" six-test--corpus))
    (let ((six-build-arguments '("--no-firmware")))
      (should (string-match-p "finished"
                              (six-test--wait-for-compilation (six-build-host "server")))))
    (should (file-directory-p
             (expand-file-name "site/result/server/s6-rc/compiled" six-test--corpus)))
    (six-show-db "server")
    (let ((text (six-test--wait-for-compilation (get-buffer "*six db server*"))))
      (should (string-match-p "^sshd$" text))
      (should (string-match-p "finished" text)))))

;;;; Against the real server

(ert-deftest six-lsp-diagnostic-of-an-undefined-variable ()
  (with-current-buffer (six-test--open
                        "broken/undefined-variable/svcs/by-name/kl/klogd/service.nix")
    (let ((diagnostic (six-test--diagnostic "undefined variable 'busybox'")))
      (should diagnostic)
      (should (memq (flymake-diagnostic-type diagnostic) '(eglot-error :error)))
      (should (= (line-number-at-pos (flymake-diagnostic-beg diagnostic)) 3)))))

(ert-deftest six-lsp-diagnostic-of-a-syntax-error ()
  (with-current-buffer (six-test--open
                        "broken/syntax-error/svcs/by-name/kl/klogd/service.nix")
    (let ((diagnostic (six-test--diagnostic ".")))
      (should diagnostic)
      (should (memq (flymake-diagnostic-type diagnostic) '(eglot-error :error)))
      (should (= (line-number-at-pos (flymake-diagnostic-beg diagnostic)) 5)))))

(ert-deftest six-lsp-definition-of-a-target-across-files ()
  (let ((unbound (six-test--open "six/svcs/by-name/un/unbound/service.nix")))
    (with-current-buffer unbound
      (six-test--goto 35 "targets\\.netif;")
      (forward-char (length "targets."))
      (call-interactively #'xref-find-definitions))
    (let ((target (window-buffer (selected-window))))
      (should (equal (buffer-file-name target)
                     (expand-file-name "six/svcs/by-name/ne/netif/service.nix"
                                       six-test--corpus))))))

(ert-deftest six-lsp-definition-of-a-formal-across-files ()
  (with-current-buffer (six-test--open "six/svcs/by-name/ha/haproxy/service.nix")
    (six-test--goto 47 "targets\\.nginx")
    (forward-char (length "targets."))
    (let ((definitions (xref-backend-definitions
                        'eglot (xref-backend-identifier-at-point 'eglot))))
      (should definitions)
      (should (string-suffix-p "ng/nginx/service.nix"
                               (xref-location-group (xref-item-location (car definitions))))))))

(ert-deftest six-lsp-hover-tells-the-binding-kind ()
  (with-current-buffer (six-test--open "six/svcs/by-name/un/unbound/service.nix")
    (six-test--goto 35 "targets \\?")
    (let* ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                   (eglot--TextDocumentPositionParams)))
           (text (eglot--hover-info (plist-get hover :contents))))
      (should (string-match-p "targets" text))
      (should (string-match-p "formal" text)))))

(defun six-test--log ()
  "The server's log file as text (it logs under XDG_CACHE_HOME)."
  (let ((file (expand-file-name "six/lsp.log" (getenv "XDG_CACHE_HOME"))))
    (and (file-exists-p file)
         (with-temp-buffer (insert-file-contents file) (buffer-string)))))

(ert-deftest six-lsp-settings-reach-the-server ()
  "The roots and the time limit set above are the server's settings."
  (six-test--open "site/hosts/router.nix")
  (should (six-test--wait-for
           (lambda ()
             (let ((log (six-test--log)))
               (and log (string-match-p
                         "settings: Settings\\[roots=\\[site\\], nixPath=\\[\\], evaluation=true, timeLimit=PT30S"
                         log))))
           60)))

(defun six-test--request-at (method)
  "Send METHOD with the position of point; its result."
  (jsonrpc-request (eglot--current-server-or-lose) method
                   (eglot--TextDocumentPositionParams)))

(ert-deftest six-lsp-hover-shows-the-evaluated-value ()
  "After the first evaluation, hover on lanAddr shows the router's address."
  (with-current-buffer (six-test--open "site/hosts/router.nix")
    (six-test--goto 6 "lanAddr")
    (let ((text (six-test--wait-for
                 (lambda ()
                   (let ((info (eglot--hover-info
                                (plist-get (six-test--request-at :textDocument/hover)
                                           :contents))))
                     (and info (string-match-p "Evaluated" info) info)))
                 120)))
      (should text)
      (should (string-match-p "in `router`" text))
      (should (string-match-p "\"10\\.10\\.0\\.1\"" text)))))

(ert-deftest six-lsp-infusion-preview-of-the-dropbear-port ()
  "The preview of port.__default = 22 in the router's dropbear overlay."
  (with-current-buffer (six-test--open "site/hosts/router.nix")
    (six-test--goto 62 "port\\.__default")
    ;; null until the first evaluation has finished
    (should (six-test--wait-for
             (lambda () (not (memq (six-test--request-at :six/infusionPreview) '(nil :null))))
             120))
    (six-infusion-preview)
    (with-current-buffer "*six infusion preview*"
      (let ((text (buffer-string)))
        (should (string-match-p "Target: targets.dropbear" text))
        (should (string-match-p "After\n22\n" text))
        (should (string-match-p "targets.dropbear.port: «absent» → 22" text))
        (should (string-match-p "s6-rc service directory dropbear" text))
        (should (string-match-p "run (executable): unchanged" text))))))

(provide 'six-test)
;;; six-test.el ends here
